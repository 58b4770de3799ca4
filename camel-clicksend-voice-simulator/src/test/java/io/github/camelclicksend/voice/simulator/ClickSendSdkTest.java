package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ClickSend.Api.VoiceApi;
import ClickSend.Api.VoiceDeliveryReceiptRulesApi;
import ClickSend.ApiClient;
import ClickSend.ApiException;
import ClickSend.Model.DateBefore;
import ClickSend.Model.DeliveryReceiptRule;
import ClickSend.Model.Url;
import ClickSend.Model.VoiceMessage;
import ClickSend.Model.VoiceMessageCollection;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ClickSend's own Java SDK v1 against the simulator, every call of its voice and voice-receipt-rule APIs. */
class ClickSendSdkTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(10)));

    private VoiceApi voice;
    private VoiceDeliveryReceiptRulesApi rules;

    @BeforeEach
    void clients() {
        ApiClient client = new ApiClient();
        client.setBasePath(SIM.baseUrl());
        client.setUsername(SIM.username());
        client.setPassword(SIM.apiKey());
        voice = new VoiceApi(client);
        rules = new VoiceDeliveryReceiptRulesApi(client);
    }

    private static JsonNode json(String answer) throws IOException {
        return Api.MAPPER.readTree(answer);
    }

    @Test
    void theFiveReceiptRuleCallsWork() throws Exception {
        DeliveryReceiptRule webhook = new DeliveryReceiptRule().ruleName("Webhook").matchType(BigDecimal.ZERO)
                .action("URL").actionAddress("https://example.com/hook?token=t").enabled(BigDecimal.ONE);

        JsonNode created = json(rules.voiceDeliveryReceiptAutomationPost(webhook)).get("data");
        int id = created.get("receipt_rule_id").asInt();
        assertThat(created.get("action_address").asText()).isEqualTo("https://example.com/hook?token=t");

        JsonNode got = json(rules.voiceDeliveryReceiptAutomationGet(id)).get("data");
        assertThat(got.get("rule_name").asText()).isEqualTo("Webhook");

        JsonNode updated = json(rules.voiceDeliveryReceiptAutomationPut(id,
                webhook.ruleName("Failed only").matchType(BigDecimal.ONE))).get("data");
        assertThat(updated.get("match_type").asInt()).isEqualTo(1);
        assertThat(updated.get("rule_name").asText()).isEqualTo("Failed only");

        JsonNode list = json(rules.voiceDeliveryReceiptAutomationsGet(null, 1, 10)).get("data");
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("data").get(0).get("receipt_rule_id").asInt()).isEqualTo(id);
        assertThat(json(rules.voiceDeliveryReceiptAutomationsGet("action:POLL", 1, 10)).get("data").get("total")
                .asInt()).isZero();

        JsonNode deleted = json(rules.voiceDeliveryReceiptAutomationDelete(id));
        assertThat(deleted.get("response_msg").asText()).isEqualTo("Your rule voice receipt has been deleted.");
        assertThat(SIM.simulator().receiptRules()).isEmpty();
        assertThatThrownBy(() -> rules.voiceDeliveryReceiptAutomationGet(id))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> rules.voiceDeliveryReceiptAutomationPost(new DeliveryReceiptRule().ruleName("x")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    @Test
    void theTenVoiceCallsKeepWorking() throws Exception {
        DeliveryReceiptRule poll = new DeliveryReceiptRule().ruleName("Poll").matchType(BigDecimal.ZERO)
                .action("POLL").actionAddress("poll").enabled(BigDecimal.ONE);
        rules.voiceDeliveryReceiptAutomationPost(poll); // ClickSend keeps receipts for polling only with one
        VoiceMessage now = new VoiceMessage().to("+61411111111").body("Hello").voice("female").lang("en-au")
                .customString("sdk").country("AU").requireInput(1);
        VoiceMessage later = new VoiceMessage().to("+61422222222").body("Later").voice("male").lang("en-au")
                .customString("sdk").country("AU").schedule((int) (System.currentTimeMillis() / 1000) + 3600);

        JsonNode price = json(voice.voicePricePost(new VoiceMessageCollection().messages(List.of(now)))).get("data");
        assertThat(price.get("total_count").asInt()).isEqualTo(1);
        JsonNode sent = json(voice.voiceSendPost(new VoiceMessageCollection().messages(List.of(now, later))))
                .get("data");
        assertThat(sent.get("queued_count").asInt()).isEqualTo(2);
        String scheduledId = sent.get("messages").get(1).get("message_id").asText();

        assertThat(json(voice.voiceCancelByMessageIdPut(scheduledId)).get("http_code").asInt()).isEqualTo(200);
        assertThat(json(voice.voiceCancelAllPut()).get("data").get("count").asInt()).isZero();
        Api.await(Duration.ofSeconds(5), () -> SIM.receipts().size() == 1);
        JsonNode receipts = json(voice.voiceReceiptsGet(1, 10)).get("data");
        assertThat(receipts.get("data").get(0).get("digits").asText()).isEqualTo("1");
        assertThat(json(voice.voiceReceiptsPost(new Url().url("poll"))).get("data").get("message_type").asText())
                .isEqualTo("voice");
        voice.voiceReceiptsReadPut(new DateBefore().dateBefore(BigDecimal.valueOf(4_000_000_000L)));
        assertThat(SIM.receipts()).allMatch(SimulatedReceipt::isRead);
        assertThat(json(voice.voiceHistoryGet(null, null, 1, 10)).get("data").get("total").asInt()).isEqualTo(2);
        assertThat(json(voice.voiceHistoryExportGet("calls.csv")).get("data").get("url").asText())
                .startsWith("http://127.0.0.1:" + SIM.port() + "/files/");
        assertThat(json(voice.voiceLangGet()).get("data")).hasSize(23);
    }
}
