package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReceiptPushTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(ClickSendSimulator.builder()
            .receiptDelay(Duration.ofMillis(10)).pushRetry(3, Duration.ofMillis(20)));

    private Api api;
    private Webhook webhook;

    @BeforeEach
    void setUp() {
        api = new Api(SIM.simulator());
        webhook = new Webhook();
    }

    @AfterEach
    void stopWebhook() {
        webhook.close();
    }

    private ClickSendSimulator sim() {
        return SIM.simulator();
    }

    @Test
    void aPlacedCallsReceiptIsPostedFormEncodedWithTheApiFieldsKeepingTheQuery() {
        ReceiptRule rule = sim().addReceiptRule("URL", webhook.url("/receipts?token=s3cret-token-0123"));
        sim().callees().number("+61411111111").presses("7");
        String id = api.post("/voice/send", messages("{\"to\":\"+61411111111\",\"body\":\"Press 7\",\"require_input\":1,"
                + "\"custom_string\":\"appointment-7\"}")).data().get("messages").get(0).get("message_id").asText();

        Webhook.Hit hit = webhook.await(1).get(0);

        assertThat(hit.method()).isEqualTo("POST");
        assertThat(hit.path()).isEqualTo("/receipts");
        assertThat(hit.query()).isEqualTo("token=s3cret-token-0123");
        assertThat(hit.contentType()).isEqualTo("application/x-www-form-urlencoded");
        Map<String, String> fields = hit.form();
        assertThat(fields.keySet()).containsExactly("timestamp_send", "timestamp", "message_id", "status",
                "status_code", "status_text", "error_code", "error_text", "custom_string", "user_id",
                "subaccount_id", "message_type", "digits");
        assertThat(fields).containsEntry("message_id", id).containsEntry("status", "Delivered")
                .containsEntry("status_code", "201").containsEntry("digits", "7")
                .containsEntry("custom_string", "appointment-7").containsEntry("message_type", "voice")
                .containsEntry("error_code", "");
        assertThat(fields.get("timestamp")).matches("\\d{10}");
        assertThat(fields.get("user_id")).matches("\\d+").isEqualTo(fields.get("subaccount_id"));

        Api.await(Duration.ofSeconds(5), () -> !sim().pushes().isEmpty());
        PushRecord push = sim().pushes().get(0);
        assertThat(push.ruleId()).isEqualTo(rule.ruleId());
        assertThat(push.url()).isEqualTo(webhook.url("/receipts?token=s3cret-token-0123"));
        assertThat(push.format()).isEqualTo(PushFormat.FORM);
        assertThat(push.attempt()).isEqualTo(1);
        assertThat(push.status()).isEqualTo(200);
        assertThat(push.delivered()).isTrue();
        assertThat(push.failure()).isNull();
        assertThat(push.messageId()).isEqualTo(id);
        assertThat(push.fields()).containsEntry("digits", "7").containsEntry("error_code", null);
        assertThat(push.time()).isBeforeOrEqualTo(Instant.now());
        assertThat(push.toString()).doesNotContain("s3cret-token-0123");
    }

    @Test
    void jsonAndGetFormatsBySwitch() throws Exception {
        sim().addReceiptRule("URL", webhook.url("/hook?token=t"));
        sim().pushFormat(PushFormat.JSON);
        SimulatedReceipt jsonReceipt = sim().addReceipt(SimulatedReceipt.builder().customString("json"));
        Webhook.Hit json = webhook.await(1).get(0);
        sim().pushFormat(PushFormat.GET);
        SimulatedReceipt getReceipt = sim().addReceipt(SimulatedReceipt.builder().statusCode("301")
                .statusText("Failed: Call was not answered."));
        Webhook.Hit get = webhook.await(2).get(1);

        assertThat(json.method()).isEqualTo("POST");
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(json.query()).isEqualTo("token=t");
        JsonNode body = Api.MAPPER.readTree(json.body());
        assertThat(body.get("message_id").asText()).isEqualTo(jsonReceipt.messageId());
        assertThat(body.get("custom_string").asText()).isEqualTo("json");
        assertThat(body.get("error_code").isNull()).isTrue();
        assertThat(body.get("user_id").isInt()).isTrue();
        assertThat(body.get("digits").asText()).isEmpty();

        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.body()).isEmpty();
        assertThat(get.query()).startsWith("token=t&timestamp_send=");
        assertThat(get.form()).containsEntry("token", "t").containsEntry("message_id", getReceipt.messageId())
                .containsEntry("status", "Undelivered").containsEntry("status_code", "301");
        // each push is recorded when its attempt ends, so two pushes on two threads may be recorded in either order
        Api.await(Duration.ofSeconds(5), () -> sim().pushes().size() == 2);
        assertThat(sim().pushes()).extracting(PushRecord::format).containsExactlyInAnyOrder(PushFormat.JSON, PushFormat.GET);
    }

    @Test
    void onlyEnabledUrlRulesOfTheAccountWhoseMatchTypeSelectsTheReceipt() {
        String user = sim().username();
        ReceiptRule all = sim().addReceiptRule(user, "all", ReceiptRule.MATCH_ALL, "URL", webhook.url("/all"), true);
        ReceiptRule failed = sim().addReceiptRule(user, "failed", ReceiptRule.MATCH_FAILED, "URL",
                webhook.url("/failed"), true);
        ReceiptRule ok = sim().addReceiptRule(user, "ok", ReceiptRule.MATCH_SUCCESSFUL, "URL", webhook.url("/ok"), true);
        sim().addReceiptRule(user, "off", ReceiptRule.MATCH_ALL, "URL", webhook.url("/off"), false);
        sim().addReceiptRule(user, "mail", ReceiptRule.MATCH_ALL, "EMAIL_FIXED", "ops@example.com", true);
        sim().addAccount("other", "other-key");
        sim().addReceiptRule("other", "theirs", ReceiptRule.MATCH_ALL, "URL", webhook.url("/theirs"), true);

        SimulatedReceipt delivered = sim().addReceipt(SimulatedReceipt.builder());
        SimulatedReceipt undelivered = sim().addReceipt(SimulatedReceipt.builder().statusCode("301"));
        webhook.await(4);
        Api.await(Duration.ofSeconds(5), () -> sim().pendingPushes() == 0);

        assertThat(webhook.hits()).extracting(h -> h.path() + " " + h.form().get("message_id")).containsExactlyInAnyOrder(
                "/all " + delivered.messageId(), "/ok " + delivered.messageId(),
                "/all " + undelivered.messageId(), "/failed " + undelivered.messageId());
        assertThat(sim().pushes()).extracting(PushRecord::ruleId)
                .containsOnly(all.ruleId(), failed.ruleId(), ok.ruleId());
    }

    @Test
    void aNon2xxAnswerIsRetriedUntilDelivered() {
        webhook.answer(500, 503);
        sim().addReceiptRule("URL", webhook.url("/flaky"));

        SimulatedReceipt receipt = sim().addReceipt(SimulatedReceipt.builder());

        List<Webhook.Hit> hits = webhook.await(3);
        Api.await(Duration.ofSeconds(5), () -> sim().pushes().size() == 3 && sim().pendingPushes() == 0);
        assertThat(hits).extracting(h -> h.form().get("message_id")).containsOnly(receipt.messageId());
        assertThat(sim().pushes()).extracting(PushRecord::attempt, PushRecord::status)
                .containsExactly(tuple(1, 500), tuple(2, 503),
                        tuple(3, 200));
        assertThat(sim().pushes().get(2).delivered()).isTrue();
    }

    @Test
    void noConnectionIsRetriedThenGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        sim().pushRetry(2, Duration.ofMillis(10));
        sim().addReceiptRule("URL", "http://127.0.0.1:" + closedPort + "/nobody");

        sim().addReceipt(SimulatedReceipt.builder());

        Api.await(Duration.ofSeconds(10), () -> sim().pushes().size() == 2 && sim().pendingPushes() == 0);
        assertThat(sim().pushes()).allSatisfy(push -> {
            assertThat(push.status()).isNull();
            assertThat(push.delivered()).isFalse();
            assertThat(push.failure()).contains("Connect");
        });
        assertThat(sim().pushes()).extracting(PushRecord::attempt).containsExactly(1, 2);
    }

    @Test
    void aSlowReceiverNeverHoldsUpTheRequestThatMadeTheReceipt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/", exchange -> {
            arrived.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.start();
        try {
            sim().addReceiptRule("URL", "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow");

            SimulatedReceipt receipt = sim().addReceipt(SimulatedReceipt.builder()); // returns at once
            assertThat(arrived.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(api.get("/voice/receipts/" + receipt.messageId()).status()).isEqualTo(200);
            assertThat(sim().pendingPushes()).isEqualTo(1); // still under way while the API answers
            assertThat(sim().pushes()).isEmpty();
        } finally {
            release.countDown();
            slow.stop(0);
        }
    }

    @Test
    void resetCancelsPendingPushesAndEmptiesTheLedger() {
        webhook.answer(500, 500, 500, 500);
        sim().pushRetry(50, Duration.ofMillis(50));
        sim().addReceiptRule("URL", webhook.url("/again"));
        sim().addReceipt(SimulatedReceipt.builder());
        webhook.await(1);

        sim().reset();

        Api.await(Duration.ofSeconds(5), () -> sim().pendingPushes() == 0);
        assertThat(sim().pushes()).isEmpty();
        assertThat(sim().receiptRules()).isEmpty();
        int seen = webhook.hits().size();
        sim().addReceipt(SimulatedReceipt.builder()); // no rule any more: nothing pushed
        assertThat(sim().pendingPushes()).isZero();
        assertThat(webhook.hits()).hasSize(seen);
    }

    @Test
    void closeStopsThePushThreads() {
        ClickSendSimulator own = ClickSendSimulator.builder().pushRetry(1000, Duration.ofMillis(10)).start();
        webhook.answer(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
        own.addReceiptRule("URL", webhook.url("/forever"));
        own.addReceipt(SimulatedReceipt.builder());
        webhook.await(2);

        own.close();

        assertThat(own.pendingPushes()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && t.getName().startsWith(own.pushThreadPrefix()));
    }
}
