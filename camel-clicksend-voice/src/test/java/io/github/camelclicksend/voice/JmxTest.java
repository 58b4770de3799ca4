package io.github.camelclicksend.voice;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeType;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceSendResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's statistics are JMX attributes of its MBean, and no attribute or read-only operation of any Camel
 * MBean shows a credential, even when the route URIs carry them.
 */
class JmxTest extends SimulatorTestSupport {

    private static final String SECRET_USER = "jmx-secret-user-4242";
    private static final String SECRET_KEY = "JMX-SECRET-KEY-4711";
    private static final String WRONG_KEY = "JMX-WRONG-KEY-0007";
    private static final String STATS_URI = "clicksend-voice:send?to=%2B61411111111&batchSize=2&rateLimitRetries=1";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        testConfiguration.withEnableJMX();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret")
                        .to("clicksend-voice:send?username=" + SECRET_USER + "&apiKey=RAW(" + SECRET_KEY + ")&to=%2B61411111111");
                from("direct:wrong").routeId("wrong").to("clicksend-voice:send?apiKey=" + WRONG_KEY);
                from("clicksend-voice:receipts?delay=60000&apiKey=RAW(" + SECRET_KEY + ")&username=" + SECRET_USER)
                        .routeId("receipts").to("log:receipt?level=OFF");
                from("direct:stats").routeId("stats").to(STATS_URI);
            }
        };
    }

    private ObjectName endpointMBean(String uriPart) throws Exception {
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null);
        for (ObjectName name : names) {
            String uri = String.valueOf(server.getAttribute(name, "EndpointUri"));
            if (uri.contains(uriPart) && uri.contains("send")) {
                return name;
            }
        }
        throw new AssertionError("no endpoint MBean for " + uriPart + " among " + names);
    }

    private long attribute(ObjectName name, String counter) throws Exception {
        return (Long) ((CompositeData) server.getAttribute(name, "Counters")).get(counter);
    }

    @Test
    void countersAreItemsOfTheEndpointMBeansCountersAttribute() throws Exception {
        sim().addContactList(7, List.of("+61411111112", "+61411111113"));
        VoiceSendResult three = template.requestBody("direct:stats", List.of("one", "two", "three"), VoiceSendResult.class);
        // a contact list of two: one message, two accepted rows; a list the account cannot use: one rejected row
        template.send("direct:stats", e -> e.getIn().setBody(List.of(Map.of("list_id", 7, "body", "list"),
                Map.of("list_id", 999, "body", "no such list"))));
        sim().faults().next(1).respond(500);
        template.send("direct:stats", e -> e.getIn().setBody("unknown outcome"));
        sim().faults().next(1).respond(503);
        template.send("direct:stats", e -> e.getIn().setBody("not processed"));
        sim().faults().next(1).respond(429).retryAfterSeconds(0);
        VoiceSendResult afterRateLimit = template.requestBody("direct:stats", "after a 429", VoiceSendResult.class);
        template.requestBody(STATS_URI.replace(":send?", ":price?"), "a quote places no call");

        ObjectName stats = endpointMBean("batchSize=2");
        // the counters are made from ClickSendVoiceCounter: every constant is an item, with its description
        CompositeType counters = ((CompositeData) server.getAttribute(stats, "Counters")).getCompositeType();
        Map<String, String> items = new HashMap<>();
        for (String item : counters.keySet()) {
            items.put(item, counters.getDescription(item));
        }
        Map<String, String> expected = new HashMap<>();
        for (ClickSendVoiceCounter counter : ClickSendVoiceCounter.values()) {
            expected.put(counter.attributeName(), counter.description());
        }
        assertThat(items).isEqualTo(expected);
        assertThat(attribute(stats, "ApiRequests")).isEqualTo(2 + 1 + 1 + 1 + 2);
        assertThat(attribute(stats, "CallsSent")).isEqualTo(3 + 2 + 1 + 1 + 1);
        assertThat(attribute(stats, "CallsAccepted")).isEqualTo(3 + 2 + 1);
        assertThat(attribute(stats, "CallsRejected")).isEqualTo(1);
        assertThat(attribute(stats, "CallsFailed")).isEqualTo(2);
        assertThat(attribute(stats, "CallsOutcomeUnknown")).isEqualTo(1);
        BigDecimal spent = three.getTotalPrice().add(afterRateLimit.getTotalPrice())
                .add(three.getTotalPrice().divide(BigDecimal.valueOf(3)).multiply(BigDecimal.valueOf(2)));
        assertThat((BigDecimal) server.getAttribute(stats, "TotalSpent")).isEqualByComparingTo(spent);
        ClickSendVoiceEndpoint endpoint = context.getEndpoints().stream().filter(e -> e.getEndpointUri()
                .contains("batchSize=2")).map(ClickSendVoiceEndpoint.class::cast).findFirst().orElseThrow();
        assertThat(endpoint.getStatistics().getTotalSpentByCurrency()).containsOnlyKeys(three.getCurrency())
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(v -> v.compareTo(spent) == 0, "= " + spent));

        server.invoke(stats, "resetStatistics", null, null);
        assertThat(attribute(stats, "CallsSent")).isZero();
        assertThat((BigDecimal) server.getAttribute(stats, "TotalSpent")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void noCamelMBeanShowsACredential() throws Exception {
        sim().addAccount(SECRET_USER, SECRET_KEY);
        assertThat(template.send("direct:secret", e -> e.getIn().setBody("with secrets")).getException()).isNull();
        assertThat(template.send("direct:wrong", e -> e.getIn().setBody("refused")).getException()).isNotNull();
        HealthCheckHelper.invoke(context);

        List<String> seen = new ArrayList<>();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                 + ",*"), null);
        assertThat(names).hasSizeGreaterThan(20);
        int attributes = 0;
        for (ObjectName name : names) {
            seen.add(name.toString());
            for (MBeanAttributeInfo a : server.getMBeanInfo(name).getAttributes()) {
                if (a.isReadable()) {
                    attributes++;
                    seen.add(name + " " + a.getName() + "=" + render(read(name, a.getName())));
                }
            }
            for (MBeanOperationInfo op : server.getMBeanInfo(name).getOperations()) {
                if (op.getSignature().length == 0 && isReadOnlyQuery(op.getName())) {
                    seen.add(name + " " + op.getName() + "()=" + render(invoke(name, op.getName())));
                }
            }
        }
        assertThat(attributes).isGreaterThan(200);
        String all = String.join("\n", seen);
        assertThat(all).contains("CallsSent").contains("producer:clicksend-voice");
        for (String secret : secrets()) {
            assertThat(all).as("JMX shows " + secret).doesNotContain(secret);
        }
    }

    /** Queries that change nothing; route dumps are left to RouteDumpTest, since Camel does not mask them. */
    private static boolean isReadOnlyQuery(String operation) {
        return (operation.startsWith("list") || operation.startsWith("explain") || operation.equals("invoke")
                || operation.startsWith("dumpRouteStats") || operation.startsWith("dumpStepStats")
                || operation.startsWith("information"));
    }

    private Object read(ObjectName name, String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (Exception e) {
            return e.toString();
        }
    }

    private Object invoke(ObjectName name, String operation) {
        try {
            return server.invoke(name, operation, null, null);
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<String> secrets() {
        String basic = Base64.getEncoder().encodeToString((SECRET_USER + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
        String simBasic = Base64.getEncoder()
                .encodeToString((SIM.username() + ":" + SIM.apiKey()).getBytes(StandardCharsets.UTF_8));
        return List.of(SECRET_USER, SECRET_KEY, WRONG_KEY, basic, simBasic, SIM.apiKey(), "Basic ");
    }

    /** Open data, arrays and collections flattened to text. */
    static String render(Object value) {
        if (value instanceof CompositeData cd) {
            StringBuilder sb = new StringBuilder("{");
            for (String key : cd.getCompositeType().keySet()) {
                sb.append(key).append('=').append(render(cd.get(key))).append(", ");
            }
            return sb.append('}').toString();
        }
        if (value instanceof TabularData td) {
            return render(td.values());
        }
        if (value instanceof Object[] array) {
            return render(List.of(array));
        }
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder("[");
            c.forEach(v -> sb.append(render(v)).append(", "));
            return sb.append(']').toString();
        }
        if (value instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(render(k)).append('=').append(render(v)).append(", "));
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }
}
