package io.github.camelclicksend.voice;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;
import io.github.camelclicksend.voice.simulator.ReceiptRule;
import io.github.camelclicksend.voice.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The five voice receipt-rule operations against the simulator's /automations/voice/receipts. */
class ReceiptRuleOperationsTest extends SimulatorTestSupport {

    private static final String ADDRESS = "https://app.example.com/clicksend-voice/receipts?token=s3cr3t-t0ken-0123456";

    @Test
    void createTakesARuleAMapOrJsonAndAnswersTheRuleWithItsId() {
        Exchange fromRule = send("clicksend-voice:createReceiptRule", VoiceReceiptRule.builder().ruleName("to the app")
                .action(VoiceReceiptRule.ACTION_URL).actionAddress(ADDRESS).build());
        Exchange fromMap = send("clicksend-voice:createReceiptRule",
                Map.of("rule_name", "poll them", "action", "POLL", "action_address", "poll", "match_type", 1,
                        "enabled", 0));
        Exchange fromJson = send("clicksend-voice:createReceiptRule",
                "{\"ruleName\":\"camelCase too\",\"action\":\"URL\",\"actionAddress\":\"" + ADDRESS
                                                                      + "\",\"matchType\":\"2\",\"enabled\":true}");

        VoiceReceiptRule created = fromRule.getMessage().getBody(VoiceReceiptRule.class);
        assertThat(created.getRuleId()).isNotNull();
        assertThat(created.getRuleName()).isEqualTo("to the app");
        assertThat(created.getMatchType()).isZero();
        assertThat(created.getAction()).isEqualTo("URL");
        assertThat(created.getActionAddress()).isEqualTo(ADDRESS);
        assertThat(created.isEnabled()).isTrue();
        assertThat(created.toString()).doesNotContain("s3cr3t").doesNotContain("token");
        assertThat(fromRule.getMessage().getBody(String.class)).as("converts to JSON like every result")
                .contains("\"ruleName\":\"to the app\"").contains("\"enabled\":true");
        assertThat(fromRule.getMessage().getHeader(ClickSendVoiceConstants.HTTP_CODE)).isEqualTo(200);
        RecordedRequest request = sim().requests("POST", "/v3/automations/voice/receipts").get(0);
        assertThat(request.body()).isEqualTo("{\"rule_name\":\"to the app\",\"match_type\":0,\"action\":\"URL\","
                                             + "\"action_address\":\"" + ADDRESS + "\",\"enabled\":1}");

        VoiceReceiptRule poll = fromMap.getMessage().getBody(VoiceReceiptRule.class);
        assertThat(poll.getAction()).isEqualTo("POLL");
        assertThat(poll.getMatchType()).isEqualTo(1);
        assertThat(poll.isEnabled()).isFalse();
        VoiceReceiptRule camel = fromJson.getMessage().getBody(VoiceReceiptRule.class);
        assertThat(camel.getMatchType()).isEqualTo(2);
        assertThat(camel.getActionAddress()).isEqualTo(ADDRESS);
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleName)
                .containsExactly("to the app", "poll them", "camelCase too");
    }

    @Test
    void listGetUpdateAndDeleteByHeaderOrOption() {
        ReceiptRule a = sim().addReceiptRule("URL", ADDRESS);
        ReceiptRule b = sim().addPollRule();

        Exchange list = send("clicksend-voice:receiptRules", null);
        @SuppressWarnings("unchecked")
        Page<VoiceReceiptRule> page = list.getMessage().getBody(Page.class);
        assertThat(list.getMessage().getBody(String.class)).contains("\"ruleId\":" + a.ruleId());
        assertThat(page.getItems()).extracting(VoiceReceiptRule::getRuleId)
                .containsExactly((long) a.ruleId(), (long) b.ruleId());
        assertThat(page.getTotal()).isEqualTo(2);

        Exchange one = send("clicksend-voice:receiptRule", null, ClickSendVoiceConstants.RULE_ID, a.ruleId());
        assertThat(one.getMessage().getBody(VoiceReceiptRule.class).getActionAddress()).isEqualTo(ADDRESS);
        Exchange byOption = send("clicksend-voice:receiptRule?ruleId=" + b.ruleId(), null);
        assertThat(byOption.getMessage().getBody(VoiceReceiptRule.class).getAction()).isEqualTo("POLL");

        VoiceReceiptRule changed = one.getMessage().getBody(VoiceReceiptRule.class).toBuilder().enabled(false)
                .ruleName("paused").build();
        Exchange updated = send("clicksend-voice:updateReceiptRule", changed, ClickSendVoiceConstants.RULE_ID,
                String.valueOf(a.ruleId()));
        assertThat(updated.getMessage().getBody(VoiceReceiptRule.class).isEnabled()).isFalse();
        assertThat(sim().receiptRules().get(0).enabled()).isFalse();
        assertThat(sim().receiptRules().get(0).ruleName()).isEqualTo("paused");

        Exchange deleted = send("clicksend-voice:deleteReceiptRule", "kept body", ClickSendVoiceConstants.RULE_ID,
                (long) a.ruleId());
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isEqualTo("kept body");
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(b.ruleId());
    }

    @Test
    void anUnknownRuleIsAnApiError() {
        Exchange ex = send("clicksend-voice:receiptRule?ruleId=999", null);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class);
        assertThat(((ClickSendVoiceApiException) ex.getException()).getHttpCode()).isEqualTo(404);
    }

    @Test
    void aMissingRuleIdOrRuleIsAValidationErrorAndNothingIsSent() {
        assertField(send("clicksend-voice:receiptRule", null), "ruleId");
        assertField(send("clicksend-voice:deleteReceiptRule", null, ClickSendVoiceConstants.RULE_ID, "seven"),
                "ruleId");
        assertField(send("clicksend-voice:deleteReceiptRule", null, ClickSendVoiceConstants.RULE_ID, 0), "ruleId");
        assertField(send("clicksend-voice:createReceiptRule", null), "body");
        assertField(send("clicksend-voice:createReceiptRule", Map.of("rule_name", "x")), "action");
        assertField(send("clicksend-voice:createReceiptRule", Map.of("action", "URL")), "ruleName");
        assertField(send("clicksend-voice:createReceiptRule", Map.of("rule_name", "x", "action", "POLL")),
                "actionAddress"); // ClickSend requires it on every rule
        assertField(send("clicksend-voice:createReceiptRule",
                Map.of("rule_name", "x", "action", "URL", "enabled", "maybe")), "enabled");
        assertField(send("clicksend-voice:createReceiptRule",
                Map.of("rule_name", "x", "action", "URL", "match_type", 1.5)), "matchType");
        assertField(send("clicksend-voice:updateReceiptRule?ruleId=3", "[1, 2]"), "body");
        assertThat(sim().requests()).isEmpty();
    }

    private static void assertField(Exchange ex, String field) {
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceValidationException.class);
        assertThat(((ClickSendVoiceValidationException) ex.getException()).getField()).isEqualTo(field);
        assertThat(((ClickSendVoiceValidationException) ex.getException()).getIndex()).isNull();
    }
}
