package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Receipts kept for polling: always by default, only with a POLL rule when {@code receiptsNeedPollRule}. */
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
    void byDefaultEveryReceiptCanBePolledWithoutAnyRule() {
        SIM.simulator().addReceipt(SimulatedReceipt.builder());

        assertThat(SIM.simulator().receiptRules()).isEmpty();
        assertThat(unread()).isEqualTo(1);
    }

    @Test
    void asOnClickSendOnlyAnEnabledPollRuleThatSelectsTheReceiptKeepsIt() {
        ClickSendSimulator sim = SIM.simulator().receiptsNeedPollRule(true);
        String user = sim.username();

        SimulatedReceipt before = sim.addReceipt(SimulatedReceipt.builder());
        assertThat(unread()).isZero();
        sim.addReceiptRule(user, "off", ReceiptRule.MATCH_ALL, "POLL", "", false);
        sim.addReceiptRule(user, "push", ReceiptRule.MATCH_ALL, "URL", "http://127.0.0.1:9/x", false);
        sim.addReceipt(SimulatedReceipt.builder());
        assertThat(unread()).isZero();

        sim.addReceiptRule(user, "failed only", ReceiptRule.MATCH_FAILED, "POLL", "", true);
        sim.addReceipt(SimulatedReceipt.builder()); // delivered: not selected
        SimulatedReceipt failed = sim.addReceipt(SimulatedReceipt.builder().statusCode("301"));

        assertThat(unread()).isEqualTo(1);
        assertThat(api.get("/voice/receipts").data().get("data").get(0).get("message_id").asText())
                .isEqualTo(failed.messageId());
        assertThat(sim.receipts()).hasSize(4); // all kept, only one listed
        assertThat(api.get("/voice/receipts/" + before.messageId()).status()).isEqualTo(200);
        assertThat(api.post("/voice/receipts", "{\"url\":\"poll\"}").status()).isEqualTo(200);
        assertThat(unread()).isEqualTo(2); // a test receipt for "poll" is always listed
    }

    @Test
    void resetPutsTheSwitchBackAsTheBuilderSetIt() {
        SIM.simulator().receiptsNeedPollRule(true);

        SIM.simulator().reset();
        SIM.simulator().addReceipt(SimulatedReceipt.builder());

        assertThat(unread()).isEqualTo(1);
    }

    @Test
    void theBuilderOptionSetsTheStartingValue() {
        try (ClickSendSimulator strict = ClickSendSimulator.builder().receiptsNeedPollRule(true).start()) {
            Api strictApi = new Api(strict);
            strict.addReceipt(SimulatedReceipt.builder());
            assertThat(strictApi.get("/voice/receipts").data().get("total").asInt()).isZero();
            strictApi.post("/automations/voice/receipts",
                    "{\"rule_name\":\"poll\",\"match_type\":0,\"action\":\"POLL\",\"action_address\":\"\",\"enabled\":1}");
            strict.addReceipt(SimulatedReceipt.builder());
            assertThat(strictApi.get("/voice/receipts").data().get("total").asInt()).isEqualTo(1);
        }
    }
}
