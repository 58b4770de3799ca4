package io.github.camelclicksend.voice;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One of the two applications of {@link ClusteredPollingTest}, in a JVM of its own: polls the account's receipts only
 * while it leads the cluster (a {@link ClusteredRoutePolicy} over a {@link FileLockClusterService}), and lets each
 * receipt through an idempotent consumer on {@code CamelClickSendVoiceReceiptKey} whose repository is a database both
 * applications share. Every receipt is recorded twice in table {@code delivery}: as polled (before the idempotent
 * consumer) and as handled (after it). Credentials come from {@code CLICKSEND_USERNAME} and {@code CLICKSEND_API_KEY};
 * arguments: base URL, lock directory, JDBC URL, instance name. Runs until its standard input is closed.
 */
public final class ClusteredPollingApp {

    static final String NAMESPACE = "clicksend-voice-receipts";
    static final String STARTED = "STARTED";

    private ClusteredPollingApp() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String lockRoot = args[1];
        String instance = args[3];
        JdbcConnectionPool database = JdbcConnectionPool.create(args[2], "", "");

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(instance);
        cluster.setRoot(lockRoot);
        cluster.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(250, TimeUnit.MILLISECONDS);

        try (CamelContext context = new DefaultCamelContext()) {
            context.addService(cluster);
            context.getRegistry().bind("receiptsDb", database);
            ClickSendVoiceComponent component = new ClickSendVoiceComponent();
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setUsername(System.getenv("CLICKSEND_USERNAME"));
            component.getConfiguration().setApiKey(System.getenv("CLICKSEND_API_KEY"));
            context.addComponent("clicksend-voice", component);
            ClusteredRoutePolicy leaderOnly = ClusteredRoutePolicy.forNamespace(NAMESPACE);
            leaderOnly.setInitialDelay(Duration.ZERO);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("clicksend-voice:receipts?delay=200&initialDelay=0")
                            .routeId("receipts")
                            .routePolicy(leaderOnly)
                            .to(recorded(instance, "polled"))
                            // the key is stored once the route handled the receipt (eager false), so that a JVM that
                            // dies mid-exchange leaves it to the next leader: nothing is lost
                            .idempotentConsumer(header(ClickSendVoiceConstants.RECEIPT_KEY),
                                    new JdbcMessageIdRepository(database, NAMESPACE)).eager(false)
                                .to(recorded(instance, "handled"))
                            .end();
                }
            });
            context.start();
            System.out.println(STARTED + " " + instance);
            System.out.flush();
            while (System.in.read() != -1) {
                // runs until the test closes stdin (or kills this JVM)
            }
        }
    }

    private static String recorded(String instance, String stage) {
        return "sql:insert into delivery (instance, receipt_key, stage) values ('" + instance
               + "', :#${header." + ClickSendVoiceConstants.RECEIPT_KEY + "}, '" + stage + "')?dataSource=#receiptsDb";
    }
}
