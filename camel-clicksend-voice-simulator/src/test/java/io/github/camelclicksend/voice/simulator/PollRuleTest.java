package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Receipts kept for polling only with an enabled POLL rule, as on ClickSend; always with {@code pollWithoutRule}. */
class PollRuleTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    private int unread() {
        return api.get("/voice/receipts").data().get("total").asInt();
    }

    @Test
    void byDefaultAReceiptMadeWithoutAPollRuleIsNeverListedNorMarkedRead() {
        ClickSendSimulator sim = SIM.simulator();
        SimulatedReceipt before = sim.addReceipt(SimulatedReceipt.builder().timestamp(Instant.ofEpochSecond(1_000)));

        assertThat(unread()).isZero();
        sim.addPollRule();
        assertThat(unread()).isZero(); // a rule created later does not list it

        assertThat(api.put("/voice/receipts-read", "").status()).isEqualTo(200);
        assertThat(before.isRead()).isFalse(); // not kept for polling, so nothing to mark
        assertThat(sim.receipts()).containsExactly(before);
        assertThat(api.get("/voice/receipts/" + before.messageId()).status()).isEqualTo(200); // by id: still there
    }

    @Test
    void onlyAnEnabledPollRuleThatSelectsTheReceiptKeepsIt() {
        ClickSendSimulator sim = SIM.simulator();
        String user = sim.username();

        sim.addReceiptRule(user, "off", ReceiptRule.MATCH_ALL, "POLL", "poll", false);
        sim.addReceiptRule(user, "push", ReceiptRule.MATCH_ALL, "URL", "http://127.0.0.1:9/x", false);
        sim.addReceipt(SimulatedReceipt.builder());
        assertThat(api.post("/voice/receipts", "{\"url\":\"poll\"}").status()).isEqualTo(200);
        assertThat(unread()).isZero(); // the test receipt for "poll" goes to the same queue: no rule, not kept

        sim.addReceiptRule(user, "failed only", ReceiptRule.MATCH_FAILED, "POLL", "poll", true);
        sim.addReceipt(SimulatedReceipt.builder()); // delivered: not selected
        SimulatedReceipt failed = sim.addReceipt(SimulatedReceipt.builder().statusCode("301"));

        assertThat(unread()).isEqualTo(1);
        assertThat(api.get("/voice/receipts").data().get("data").get(0).get("message_id").asText())
                .isEqualTo(failed.messageId());
        assertThat(sim.receipts()).hasSize(4); // all kept, only one listed
    }

    @Test
    void aReceiptKeptWhileTheRuleExistedStaysListedUntilMarkedRead() {
        ClickSendSimulator sim = SIM.simulator();
        ReceiptRule rule = sim.addPollRule();
        sim.addReceipt(SimulatedReceipt.builder());

        api.send("DELETE", "/automations/voice/receipts/" + rule.ruleId(), null);
        sim.addReceipt(SimulatedReceipt.builder());

        assertThat(unread()).isEqualTo(1);
    }

    @Test
    void pollWithoutRuleIsTheKinderSwitchAndResetPutsItBack() {
        SIM.simulator().pollWithoutRule(true);
        SIM.simulator().addReceipt(SimulatedReceipt.builder());
        assertThat(api.post("/voice/receipts", "{\"url\":\"poll\"}").status()).isEqualTo(200);
        assertThat(unread()).isEqualTo(2);

        SIM.simulator().reset();
        SIM.simulator().addReceipt(SimulatedReceipt.builder());

        assertThat(unread()).isZero();
    }

    @Test
    void theBuilderOptionSetsTheStartingValue() {
        try (ClickSendSimulator kind = ClickSendSimulator.builder().pollWithoutRule(true).start()) {
            kind.addReceipt(SimulatedReceipt.builder());
            assertThat(new Api(kind).get("/voice/receipts").data().get("total").asInt()).isEqualTo(1);
            kind.reset();
            kind.addReceipt(SimulatedReceipt.builder());
            assertThat(new Api(kind).get("/voice/receipts").data().get("total").asInt()).isEqualTo(1);
        }
    }
}
