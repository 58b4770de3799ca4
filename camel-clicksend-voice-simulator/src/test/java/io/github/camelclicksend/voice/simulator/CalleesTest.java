package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CalleesTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(5)));

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    private static String call(String to, String customString, boolean requireInput) {
        return "{\"to\":\"" + to + "\",\"body\":\"Press 1 to confirm, 2 to cancel\",\"require_input\":"
                + (requireInput ? 1 : 0) + (customString == null ? "" : ",\"custom_string\":\"" + customString + "\"")
                + "}";
    }

    /** Sends the calls one request at a time, so that they are made in order; returns their receipts in order. */
    private List<SimulatedReceipt> receiptsInOrder(String... calls) {
        List<SimulatedReceipt> receipts = new ArrayList<>();
        for (String call : calls) {
            String id = api.post("/voice/send", messages(call)).data().get("messages").get(0).get("message_id").asText();
            Api.await(Duration.ofSeconds(5), () -> receipt(id) != null);
            receipts.add(receipt(id));
        }
        return receipts;
    }

    private static SimulatedReceipt receipt(String messageId) {
        return SIM.receipts().stream().filter(r -> r.messageId().equals(messageId)).findFirst().orElse(null);
    }

    @Test
    void byNumberByCustomStringAndByDefault() {
        SIM.simulator().callees().number("+61411111111").presses("2");
        SIM.simulator().callees().customString("appointment-9").unanswered();
        SIM.simulator().callees().byDefault().presses("3#");

        List<SimulatedReceipt> receipts = receiptsInOrder(
                call("+61411111111", null, true),
                call("+61411111111", "appointment-9", true), // custom_string wins over the number
                call("+61422222222", null, true),
                call("+61433330000", null, true),            // the 0000 numbers still do not answer
                call("+61444444444", null, false));          // no input asked: no keys

        assertThat(receipts).extracting(SimulatedReceipt::status, SimulatedReceipt::statusCode, SimulatedReceipt::digits)
                .containsExactly(
                        tuple("Delivered", "201", "2"),
                        tuple("Undelivered", "301", ""),
                        tuple("Delivered", "201", "3#"),
                        tuple("Undelivered", "301", ""),
                        tuple("Delivered", "201", ""));
        assertThat(receipts.get(1).statusText()).isEqualTo("Failed: Call was not answered.");
        assertThat(receipts.get(1).errorCode()).isEqualTo("301");
    }

    @Test
    void aScriptGivesOneOutcomePerCallAndRepeatsTheLast() {
        SIM.simulator().callees().number("+61411111111").unanswered().then().pressesNothing().then().presses("1");

        List<SimulatedReceipt> receipts = receiptsInOrder(call("+61411111111", null, true),
                call("+61411111111", null, true), call("+61411111111", null, true), call("+61411111111", null, true));

        assertThat(receipts).extracting(SimulatedReceipt::status, SimulatedReceipt::digits).containsExactly(
                tuple("Undelivered", ""),
                tuple("Delivered", ""),
                tuple("Delivered", "1"),
                tuple("Delivered", "1"));
    }

    @Test
    void theOutcomeShowsInTheHistoryRecord() {
        SIM.simulator().callees().number("+61411111111").presses("9");
        SIM.simulator().callees().number("+61422222222").unanswered();
        receiptsInOrder(call("+61411111111", "a", true), call("+61422222222", "b", true));

        Map<String, JsonNode> history = new HashMap<>();
        api.get("/voice/history").data().get("data").forEach(r -> history.put(r.get("custom_string").asText(), r));

        assertThat(history.get("a").get("status").asText()).isEqualTo(SimulatedCall.SENT);
        assertThat(history.get("a").get("digits").asText()).isEqualTo("9");
        assertThat(history.get("a").get("status_code").asText()).isEqualTo("201");
        assertThat(history.get("b").get("status").asText()).isEqualTo(SimulatedCall.FAILED);
        assertThat(history.get("b").get("digits").asText()).isEmpty();
        assertThat(history.get("b").get("status_text").asText()).isEqualTo("Failed: Call was not answered.");
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::digits).containsExactly("9", "");
    }

    @Test
    void resetForgetsTheScriptsAndBadKeysAreRefused() {
        SIM.simulator().callees().byDefault().unanswered();
        SIM.simulator().reset();

        assertThat(receiptsInOrder(call("+61411111111", null, true)).get(0).digits()).isEqualTo("1");
        assertThatThrownBy(() -> SIM.simulator().callees().byDefault().presses("1a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0-9");
        assertThatThrownBy(() -> SIM.simulator().callees().byDefault().presses(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsolesRingSwitchLeavesTheDefaultScriptAsItWas() {
        Callees callees = new Callees();
        callees.byDefault().presses("5");

        callees.ringByDefault(true);
        assertThat(callees.outcome("+61411111111", null)).isSameAs(Callee.Outcome.RINGS);
        callees.ringByDefault(false);
        assertThat(callees.ringByDefault()).isFalse();
        assertThat(callees.outcome("+61411111111", null).digits).isEqualTo("5");
    }
}
