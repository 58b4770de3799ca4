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
 * the same URL exists, and only the rule the consumer created deleted on stop. The simulator then really pushes.
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
    void startRegistersExactlyOneRuleThatPushesAndStopDeletesIt() throws Exception {
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
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(other.ruleId());
        assertThat(sim().requests("DELETE", RULES + "/" + created.ruleId())).hasSize(1);
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
            assertThat(sim().receiptRules()).as("A deletes the rule it made").isEmpty();
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
        CamelContext b = new DefaultCamelContext();
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(SIM.baseUrl());
        component.getConfiguration().setUsername(SIM.username());
        component.getConfiguration().setApiKey(SIM.apiKey());
        b.addComponent("clicksend-voice", component);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(freePort());
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
