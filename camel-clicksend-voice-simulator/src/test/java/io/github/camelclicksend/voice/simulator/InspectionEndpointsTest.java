package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read-only ledgers over HTTP outside /v3, for the {@code java -jar} use. */
class InspectionEndpointsTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().credentials("ledger-user", "ledger-secret-key"));

    private static String ledgerUrl(String which) {
        return "http://127.0.0.1:" + SIM.port() + "/_simulator/" + which;
    }

    @Test
    void requestsLedgerShowsWhatReachedTheSimulatorWithoutCredentialsOrBodies() {
        Api api = new Api(SIM.simulator());
        api.post("/voice/send", messages(call("+61411111111", "confidential text")));
        api.get("/voice/history?page=2");
        api.as("someone", "guess").get("/voice/lang");

        Reply ledger = api.as(null, null).get(ledgerUrl("requests"));

        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.header("Content-Type")).isEqualTo("application/json");
        JsonNode requests = ledger.data().get("requests");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).get("method").asText()).isEqualTo("POST");
        assertThat(requests.get(0).get("path").asText()).isEqualTo("/v3/voice/send");
        assertThat(requests.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(requests.get(0).get("messages").asInt()).isEqualTo(1);
        assertThat(requests.get(0).get("received").asText()).matches("\\d{4}-.*Z");
        assertThat(requests.get(1).get("query").get("page").asText()).isEqualTo("2");
        assertThat(requests.get(1).get("messages").isNull()).isTrue();
        assertThat(requests.get(2).get("status").asInt()).isEqualTo(401);
        assertThat(ledger.body()).doesNotContain("ledger-user").doesNotContain("ledger-secret-key")
                .doesNotContain("someone").doesNotContain("guess").doesNotContain("Basic")
                .doesNotContain("Authorization").doesNotContain("confidential text");
        assertThat(SIM.requests()).hasSize(3); // the ledger's own requests are not recorded
    }

    @Test
    void pushesLedgerMasksTheUrlQuery() {
        try (Webhook webhook = new Webhook()) {
            SIM.simulator().addReceiptRule("URL", webhook.url("/hook?token=webhook-token-123456"));
            SimulatedReceipt receipt = SIM.simulator().addReceipt(SimulatedReceipt.builder().digits("4"));
            webhook.await(1);
            Api.await(Duration.ofSeconds(5), () -> SIM.simulator().pushes().size() == 1);

            Reply ledger = new Api(SIM.simulator()).as(null, null).get(ledgerUrl("pushes"));

            JsonNode push = ledger.data().get("pushes").get(0);
            assertThat(push.get("rule_id").asInt()).isEqualTo(1);
            assertThat(push.get("url").asText()).isEqualTo(webhook.url("/hook?token=****"));
            assertThat(push.get("format").asText()).isEqualTo("FORM");
            assertThat(push.get("attempt").asInt()).isEqualTo(1);
            assertThat(push.get("status").asInt()).isEqualTo(200);
            assertThat(push.get("fields").get("message_id").asText()).isEqualTo(receipt.messageId());
            assertThat(push.get("fields").get("digits").asText()).isEqualTo("4");
            assertThat(ledger.body()).doesNotContain("webhook-token-123456");
        }
    }

    @Test
    void readOnlyNeverFaultedAndUnknownViewsAre404() {
        SIM.faults().next(1).respond(503);
        Api anonymous = new Api(SIM.simulator()).as(null, null);

        assertThat(anonymous.get(ledgerUrl("requests")).status()).isEqualTo(200);
        assertThat(SIM.faults().pending()).hasSize(1); // not taken by the ledger
        assertThat(anonymous.post(ledgerUrl("requests"), "{}").status()).isEqualTo(405);
        assertThat(anonymous.get(ledgerUrl("nothing")).status()).isEqualTo(404);
        assertThat(anonymous.get(ledgerUrl("")).status()).isEqualTo(404);
    }
}
