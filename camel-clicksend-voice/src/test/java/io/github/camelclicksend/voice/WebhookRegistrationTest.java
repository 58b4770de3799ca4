package io.github.camelclicksend.voice;

import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.consumer.WebhookRegistration;
import io.github.camelclicksend.voice.simulator.PushRecord;
import io.github.camelclicksend.voice.simulator.ReceiptRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * webhookExternalUrl + webhookAutoRegister: exactly one voice receipt rule, created on start unless an enabled one for
 * the same URL exists, kept on stop (restarts and rolling deploys never leave ClickSend without it), deleted only with
 * webhookAutoUnregister and only if this consumer created it; registered in the background when the API cannot be
 * reached at start. The simulator then really pushes.
 */
class WebhookRegistrationTest extends WebhookTestSupport {

    private static final String RULES = "/v3/automations/voice/receipts";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")&webhookExternalUrl="
                     + publicUrl()).routeId("push").autoStartup(false).to("mock:pushed");
            }
        };
    }

    /** What ClickSend is told to call: here the Vert.x server itself, as a reverse proxy would forward to it. */
    private String publicUrl() {
        return "http://127.0.0.1:" + port;
    }

    private String address() {
        return publicUrl() + PATH + "?token=" + TOKEN;
    }

    @Test
    void startRegistersExactlyOneRuleThatPushesAndStopLeavesIt() throws Exception {
        ReceiptRule other = sim().addReceiptRule("URL", "https://elsewhere.example.com/hook");
        context.getRouteController().startRoute("push");

        List<ReceiptRule> rules = sim().receiptRules();
        assertThat(rules).hasSize(2);
        ReceiptRule created = rules.get(1);
        assertThat(created.action()).isEqualTo("URL");
        assertThat(created.actionAddress()).isEqualTo(address());
        assertThat(created.matchType()).isZero();
        assertThat(created.enabled()).isTrue();
        assertThat(created.ruleName()).isEqualTo(WebhookRegistration.RULE_NAME);

        MockEndpoint pushed = getMockEndpoint("mock:pushed");
        pushed.expectedHeaderReceived(ClickSendVoiceConstants.MESSAGE_ID, "PUSHED-1");
        sim().addReceipt("PUSHED-1", "201", "Success", "1", "appt-1", null);
        pushed.assertIsSatisfied(10_000);

        context.getRouteController().stopRoute("push");
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(other.ruleId(),
                created.ruleId());
        assertThat(sim().requests("DELETE", RULES + "/" + created.ruleId())).isEmpty();
    }

    @Test
    void webhookAutoUnregisterDeletesOnStopOnlyTheRuleThisConsumerCreated() throws Exception {
        ReceiptRule other = sim().addReceiptRule("URL", "https://elsewhere.example.com/hook");
        try (CamelContext creator = instance("webhookAutoUnregister=true&webhookExternalUrl=" + publicUrl());
             CamelContext finder = instance("webhookAutoUnregister=true&webhookExternalUrl=" + publicUrl())) {
            creator.start();
            finder.start(); // finds the creator's rule
            assertThat(sim().receiptRules()).hasSize(2);
            finder.stop();
            assertThat(sim().receiptRules()).as("not its rule: left alone").hasSize(2);
            creator.stop();
        }
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(other.ruleId());
        assertThat(sim().requests("DELETE", RULES + "/" + other.ruleId())).isEmpty();
    }

    @Test
    void aRollingDeployNeverLeavesClickSendWithoutTheRuleWhicheverStopsFirst() throws Exception {
        for (boolean oldStopsFirst : new boolean[] { true, false }) {
            String path = "/rolling-" + oldStopsFirst; // one public address per round
            String options = "webhookPath=" + path + "&webhookExternalUrl=" + publicUrl();
            try (CamelContext a = instance(options); CamelContext b = instance(options)) {
                a.start();
                b.start(); // the new version starts while the old one runs, behind the same public URL
                (oldStopsFirst ? a : b).stop();
                List<ReceiptRule> rules = rulesFor(path);
                assertThat(rules).as("old stops first: " + oldStopsFirst).hasSize(1);
                int rule = rules.get(0).ruleId();

                // ClickSend still pushes the next receipt through the rule, to the public URL (which a reverse proxy
                // leads to the survivor): had the stopping instance deleted it, no push would be made
                String id = oldStopsFirst ? "ROLLING-A" : "ROLLING-B";
                sim().addReceipt(id, "201", "Success", "1", null, null);
                await().atMost(Duration.ofSeconds(10)).until(() -> sim().pushes().stream()
                        .anyMatch(p -> id.equals(p.messageId()) && rule == p.ruleId()));
                assertThat(sim().requests("DELETE", RULES + "/" + rule)).isEmpty();
            }
            assertThat(rulesFor(path)).as("both stopped: the rule stays").hasSize(1);
        }
        assertThat(sim().requests("POST", RULES)).as("one rule a round, no more").hasSize(2);
    }

    private List<ReceiptRule> rulesFor(String path) {
        return sim().receiptRules().stream().filter(r -> r.actionAddress().contains(path + "?")).toList();
    }

    @Test
    void aRestartKeepsTheSameRuleForPushesWhileDownAndAfter() throws Exception {
        context.getRouteController().startRoute("push");
        ReceiptRule rule = sim().receiptRules().get(0);
        context.getRouteController().stopRoute("push");
        // a push while the application is down finds the rule in place (and fails: nothing listens)
        sim().addReceipt("WHILE-DOWN", "201", "Success", "1", null, null);
        context.getRouteController().startRoute("push");

        MockEndpoint pushed = getMockEndpoint("mock:pushed");
        sim().addReceipt("AFTER-RESTART", "201", "Success", "1", null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> pushed.getExchanges().stream().anyMatch(e -> "AFTER-RESTART"
                .equals(e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID))));
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(rule.ruleId());
        assertThat(sim().requests("POST", RULES)).hasSize(1);
        // the push made while down went to the same rule
        await().atMost(Duration.ofSeconds(10)).until(() -> sim().pushes().stream()
                .anyMatch(p -> "WHILE-DOWN".equals(p.messageId()) && p.ruleId() == rule.ruleId()));
    }

    @Test
    void twoInstancesStartingAtTheSameMomentEndWithExactlyOneRule() throws Exception {
        sim().faults().latency(Duration.ofMillis(500)); // both read the rules before either has created one
        try (CamelContext a = instance("webhookExternalUrl=" + publicUrl());
             CamelContext b = instance("webhookExternalUrl=" + publicUrl())) {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService starters = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> started = List.of(starters.submit(() -> {
                go.await();
                a.start();
                return null;
            }), starters.submit(() -> {
                go.await();
                b.start();
                return null;
            }));
            go.countDown();
            for (java.util.concurrent.Future<?> f : started) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            starters.shutdown();
            sim().faults().latency(Duration.ZERO);

            assertThat(sim().requests("POST", RULES)).as("both created one").hasSize(2);
            assertThat(sim().receiptRules()).as("the newer one deleted by its creator").hasSize(1);
            int kept = sim().receiptRules().get(0).ruleId();
            assertThat(sim().requests("DELETE", RULES + "/" + (kept + 1))).hasSize(1);
        }
        assertThat(sim().receiptRules()).hasSize(1);
    }

    @Test
    void anUnreachableApiAtStartLeavesTheWebhookServingAndItRegistersLater() throws Exception {
        try (TcpRelay relay = new TcpRelay(SIM.port(), 0);
             LogCapture log = new LogCapture(org.apache.logging.log4j.Level.WARN)) {
            int appPort = freePort();
            CamelContext app = instance("webhookExternalUrl=" + publicUrl(), relay.baseUrl(), appPort);
            try (app) {
                app.start(); // the API refuses connections: the context starts all the same
                assertThat(app.getStatus().isStarted()).isTrue();
                ClickSendVoiceWebhookConsumer consumer = (ClickSendVoiceWebhookConsumer) app.getRoutes().get(0)
                        .getConsumer();
                assertThat(consumer.isRegistered()).as("not registered yet").isFalse();
                MockEndpoint got = app.getEndpoint("mock:b", MockEndpoint.class);
                got.expectedMessageCount(1);
                assertThat(post("http://127.0.0.1:" + appPort + PATH + "?token=" + TOKEN,
                        "application/x-www-form-urlencoded", form("SERVED-1", "1")).statusCode()).isEqualTo(200);
                got.assertIsSatisfied();
                assertThat(log.text()).contains("Could not register the voice receipt rule");
                assertThat(sim().receiptRules()).isEmpty();

                relay.reopen();
                await().atMost(Duration.ofSeconds(15)).until(() -> sim().receiptRules().size() == 1);
                assertThat(sim().receiptRules().get(0).actionAddress()).isEqualTo(address());
                await().atMost(Duration.ofSeconds(5)).until(consumer::isRegistered);
            }
            assertThat(log.text()).doesNotContain(TOKEN);
        }
    }

    @Test
    void anEnabledRuleForTheSameUrlIsUsedAsItIsAndLeftInPlace() throws Exception {
        ReceiptRule disabled = sim().addReceiptRule(sim().username(), "old, paused", 0, "URL", address(), false);
        ReceiptRule existing = sim().addReceiptRule("URL", address());

        context.getRouteController().startRoute("push");
        MockEndpoint pushed = getMockEndpoint("mock:pushed");
        pushed.expectedMessageCount(1);
        sim().addReceipt("ONCE-1", "201", "Success", "", null, null);
        pushed.assertIsSatisfied(10_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> sim().pendingPushes() == 0);
        context.getRouteController().stopRoute("push");

        assertThat(sim().requests("POST", RULES)).isEmpty();
        assertThat(sim().requests("DELETE", RULES + "/" + existing.ruleId())).isEmpty();
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId)
                .containsExactly(disabled.ruleId(), existing.ruleId());
        assertThat(sim().pushes()).extracting(PushRecord::ruleId).containsExactly(existing.ruleId());
        pushed.assertIsSatisfied();
    }

    @Test
    void twoInstancesBehindOneUrlNeverMakeASecondRule() throws Exception {
        // instance B: another application with its own HTTP server, registered under the same public URL
        try (CamelContext b = instance("webhookExternalUrl=" + publicUrl())) {
            context.getRouteController().startRoute("push");
            b.start();
            assertThat(sim().receiptRules()).hasSize(1);
            assertThat(sim().requests("POST", RULES)).hasSize(1);

            b.stop();
            assertThat(sim().receiptRules()).as("B leaves A's rule alone").hasSize(1);
            context.getRouteController().stopRoute("push");
            assertThat(sim().receiptRules()).as("and A leaves it for the next start").hasSize(1);
        }
    }

    @Test
    void withAutoRegisterOffSeveralInstancesShareOneRuleRegisteredOnce() throws Exception {
        template.sendBody("clicksend-voice:createReceiptRule", java.util.Map.of("rule_name", "app", "action", "URL",
                "action_address", address(), "match_type", 0, "enabled", 1));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")&webhookPath=/shared"
                     + "&webhookAutoRegister=false&webhookExternalUrl=" + publicUrl()).routeId("a").to("mock:a");
            }
        });
        try (CamelContext b = instance("webhookPath=/shared&webhookAutoRegister=false&webhookExternalUrl="
                                       + publicUrl())) {
            b.start();
            b.stop();
        }
        context.getRouteController().stopRoute("a");
        assertThat(sim().requests("GET", RULES)).isEmpty();
        assertThat(sim().requests("DELETE", RULES + "/" + sim().receiptRules().get(0).ruleId())).isEmpty();
        assertThat(sim().receiptRules()).hasSize(1);
    }

    private CamelContext instance(String options) throws Exception {
        return instance(options, SIM.baseUrl(), freePort());
    }

    /** Another application with its own HTTP server; its route sends what it receives to mock:b. */
    private CamelContext instance(String options, String baseUrl, int httpPort) throws Exception {
        CamelContext b = new DefaultCamelContext();
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setUsername(SIM.username());
        component.getConfiguration().setApiKey(SIM.apiKey());
        b.addComponent("clicksend-voice", component);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(httpPort);
        b.addService(new VertxPlatformHttpServer(server));
        b.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")&" + options)
                        .to("mock:b");
            }
        });
        return b;
    }
}
