package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReceiptsEndpointTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(50)));

    private Api api;

    @BeforeEach
    void clientAndPollRule() {
        api = new Api(SIM.simulator());
        SIM.simulator().addPollRule(); // ClickSend keeps receipts for polling only while a POLL rule exists
    }

    private JsonNode unread() {
        return api.get("/voice/receipts?limit=100").data();
    }

    @Test
    void sentCallsGetOneReceiptEachThenMarkReadHidesThem() {
        JsonNode rows = api.post("/voice/send", messages(
                "{\"to\":\"+61411111111\",\"body\":\"press 1\",\"require_input\":1,\"custom_string\":\"abc\"}",
                call("+61400000000", "nobody answers"))).data().get("messages");
        String answeredId = rows.get(0).get("message_id").asText();
        String unansweredId = rows.get(1).get("message_id").asText();

        Api.await(Duration.ofSeconds(5), () -> unread().get("total").asInt() == 2);

        Reply list = api.get("/voice/receipts");
        assertThat(list.json().get("response_msg").asText()).isEqualTo("Here are your delivery receipts.");
        Map<String, JsonNode> byId = new HashMap<>();
        list.data().get("data").forEach(r -> byId.put(r.get("message_id").asText(), r));
        JsonNode answered = byId.get(answeredId);
        assertThat(answered.get("status").asText()).isEqualTo("Delivered");
        assertThat(answered.get("status_code").asText()).isEqualTo("201");
        assertThat(answered.get("status_text").asText()).isEqualTo("Success: Message received on handset.");
        assertThat(answered.get("digits").asText()).isEqualTo("1");
        assertThat(answered.get("custom_string").asText()).isEqualTo("abc");
        assertThat(answered.get("message_type").asText()).isEqualTo("voice");
        assertThat(answered.get("timestamp").isTextual()).isTrue();
        assertThat(answered.get("timestamp").asText()).matches("\\d{10}");
        assertThat(answered.get("timestamp_send").asText()).matches("\\d{10}");
        assertThat(answered.get("error_code").isNull()).isTrue();
        JsonNode unanswered = byId.get(unansweredId);
        assertThat(unanswered.get("status").asText()).isEqualTo("Undelivered");
        assertThat(unanswered.get("status_code").asText()).isEqualTo("301");
        assertThat(unanswered.get("digits").asText()).isEmpty();
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::status)
                .containsExactly(SimulatedCall.SENT, SimulatedCall.FAILED);
        assertThat(SIM.receipts()).hasSize(2); // exactly one per call

        long newest = SIM.receipts().stream().mapToLong(r -> r.timestamp().getEpochSecond()).max().orElseThrow();
        Reply marked = api.put("/voice/receipts-read", "{\"date_before\":" + (newest + 1) + "}");

        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.json().get("response_msg").asText()).isEqualTo("Receipts have been marked as read.");
        assertThat(marked.data().isNull()).isTrue();
        assertThat(unread().get("total").asInt()).isZero();
        Reply byIdReply = api.get("/voice/receipts/" + answeredId.toLowerCase());
        assertThat(byIdReply.status()).isEqualTo(200);
        assertThat(byIdReply.json().get("response_msg").asText()).isEqualTo("Here is your result.");
        assertThat(byIdReply.data().get("message_id").asText()).isEqualTo(answeredId);
    }

    @Test
    void markReadOnlyTouchesReceiptsStrictlyBeforeTheCutOffAndListsOldestFirst() {
        SIM.simulator().addReceipt("B0000000-0000-0000-0000-000000000002", "201", "ok", "", null, Instant.ofEpochSecond(2000));
        SIM.simulator().addReceipt("A0000000-0000-0000-0000-000000000001", "301", "failed", "", "x", Instant.ofEpochSecond(1000));

        JsonNode before = unread().get("data");
        assertThat(before.get(0).get("timestamp").asText()).isEqualTo("1000");
        assertThat(before.get(0).get("status").asText()).isEqualTo("Undelivered");
        assertThat(before.get(1).get("timestamp").asText()).isEqualTo("2000");

        api.put("/voice/receipts-read", "{\"date_before\":2000}");

        JsonNode after = unread();
        assertThat(after.get("total").asInt()).isEqualTo(1);
        assertThat(after.get("data").get(0).get("message_id").asText()).isEqualTo("B0000000-0000-0000-0000-000000000002");
        assertThat(SIM.receipts()).filteredOn(SimulatedReceipt::isRead).hasSize(1);

        api.put("/voice/receipts-read", null); // no body: everything
        assertThat(unread().get("total").asInt()).isZero();
        assertThat(api.put("/voice/receipts-read", "{\"date_before\":\"soon\"}").status()).isEqualTo(400);
    }

    @Test
    void unknownReceiptIsNotFound() {
        Reply reply = api.get("/voice/receipts/1FCFEBBF-90F5-4198-AEBD-5DAEDBA3D7B1");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(reply.json().get("response_msg").asText()).isEqualTo("Receipt record not found.");
    }

    @Test
    void receiptsArePaged() {
        for (int i = 0; i < 20; i++) {
            SIM.simulator().addReceipt(SimulatedReceipt.builder().timestamp(Instant.ofEpochSecond(1_700_000_000L + i)));
        }

        JsonNode page1 = api.get("/voice/receipts").data();
        JsonNode page2 = api.get("/voice/receipts?page=2").data();

        assertThat(page1.get("total").asInt()).isEqualTo(20);
        assertThat(page1.get("data")).hasSize(15);
        assertThat(page1.get("last_page").asInt()).isEqualTo(2);
        assertThat(page2.get("data")).hasSize(5);
        assertThat(page2.get("data").get(4).get("timestamp").asText()).isEqualTo("1700000019");
    }

    @Test
    void testReceiptWithPollIsQueued() {
        Reply reply = api.post("/voice/receipts", "{\"url\":\"poll\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("response_msg").asText()).isEqualTo("Test receipt has been added.");
        String id = reply.data().get("message_id").asText();
        assertThat(id).matches("[0-9A-F-]{36}");
        assertThat(reply.data().get("message_type").asText()).isEqualTo("voice");
        assertThat(unread().get("data").get(0).get("message_id").asText()).isEqualTo(id);
    }

    @Test
    void testReceiptWithUrlIsPushedFormEncodedAndNotQueued() {
        try (Webhook webhook = new Webhook()) {
            String url = webhook.url("/hook?token=t");
            Reply reply = api.post("/voice/receipts", "{\"url\":\"" + url + "\"}");

            Webhook.Hit hit = webhook.await(1).get(0);
            assertThat(hit.method()).isEqualTo("POST");
            assertThat(hit.contentType()).isEqualTo("application/x-www-form-urlencoded");
            assertThat(hit.query()).isEqualTo("token=t");
            assertThat(hit.form()).containsEntry("message_id", reply.data().get("message_id").asText())
                    .containsEntry("status", "Delivered").containsEntry("digits", "2")
                    .containsEntry("message_type", "voice");
            assertThat(unread().get("total").asInt()).isZero();
            Api.await(Duration.ofSeconds(5), () -> SIM.simulator().pushes().size() == 1);
            PushRecord push = SIM.simulator().pushes().get(0);
            assertThat(push.ruleId()).isNull();
            assertThat(push.url()).isEqualTo(url);
            assertThat(push.status()).isEqualTo(200);
        }
    }

    @Test
    void testReceiptNeedsAUrl() {
        assertThat(api.post("/voice/receipts", "{}").status()).isEqualTo(400);
        assertThat(api.post("/voice/receipts", "{\"url\":\"\"}").json().get("response_code").asText())
                .isEqualTo("BAD_REQUEST");
        assertThat(api.post("/voice/receipts", "{\"url\":\"ftp://x\"}").status()).isEqualTo(400);
        assertThat(SIM.receipts()).isEmpty();
    }
}
