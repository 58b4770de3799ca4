package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReceiptRulesEndpointTest {

    private static final String RULES = "/automations/voice/receipts";

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    private static String rule(String name, int matchType, String action, String address, int enabled) {
        return "{\"rule_name\":\"" + name + "\",\"match_type\":" + matchType + ",\"action\":\"" + action
                + "\",\"action_address\":\"" + address + "\",\"enabled\":" + enabled + "}";
    }

    @Test
    void createGetUpdateListDeleteWithClickSendsEnvelopes() {
        Reply created = api.post(RULES, rule("Webhook", 0, "URL", "https://example.com/hook?token=abc", 1));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("response_code").asText()).isEqualTo("SUCCESS");
        assertThat(created.json().get("response_msg").asText()).isEqualTo("Your new voice receipt has been added.");
        JsonNode rule = created.data();
        int id = rule.get("receipt_rule_id").asInt();
        assertThat(rule.get("receipt_rule_id").isInt()).isTrue();
        assertThat(rule.get("rule_name").asText()).isEqualTo("Webhook");
        assertThat(rule.get("match_type").isInt()).isTrue();
        assertThat(rule.get("action").asText()).isEqualTo("URL");
        assertThat(rule.get("action_address").asText()).isEqualTo("https://example.com/hook?token=abc");
        assertThat(rule.get("enabled").asInt()).isEqualTo(1);

        Reply got = api.get(RULES + "/" + id);
        assertThat(got.json().get("response_msg").asText()).isEqualTo("Your rule incoming voice receipt.");
        assertThat(got.data()).isEqualTo(rule);

        Reply updated = api.put(RULES + "/" + id, rule("Webhook", 1, "URL", "https://example.com/hook?token=abc", 0)
                .replace("\"match_type\":1", "\"match_type\":\"1\""));
        assertThat(updated.json().get("response_msg").asText()).isEqualTo("Your rule incoming voice receipt.");
        assertThat(updated.data().get("enabled").asInt()).isZero();
        assertThat(updated.data().get("match_type").asInt()).isEqualTo(ReceiptRule.MATCH_FAILED);
        assertThat(updated.data().get("rule_name").asText()).isEqualTo("Webhook");
        assertThat(SIM.simulator().receiptRules()).singleElement()
                .satisfies(r -> assertThat(r.enabled()).isFalse());

        Reply list = api.get(RULES);
        assertThat(list.json().get("response_msg").asText()).isEqualTo("Your voice receipts.");
        assertThat(list.data().get("total").asInt()).isEqualTo(1);
        assertThat(list.data().get("per_page").asInt()).isEqualTo(15);
        assertThat(list.data().get("data").get(0).get("receipt_rule_id").asInt()).isEqualTo(id);

        Reply deleted = api.send("DELETE", RULES + "/" + id, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("response_msg").asText()).isEqualTo("Your rule voice receipt has been deleted.");
        assertThat(deleted.data().isArray()).isTrue();
        assertThat(deleted.data()).isEmpty();
        assertThat(api.get(RULES + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(RULES).data().get("total").asInt()).isZero();
    }

    @Test
    void invalidRulesAreBadRequestsNamingTheField() {
        assertBadRequest(rule("", 0, "URL", "https://example.com", 1), "rule_name is required.");
        assertBadRequest("{\"match_type\":0,\"action\":\"POLL\",\"action_address\":\"poll\",\"enabled\":1}",
                "rule_name is required.");
        assertBadRequest("{\"rule_name\":\"r\",\"action\":\"POLL\",\"action_address\":\"poll\",\"enabled\":1}",
                "match_type is required.");
        assertBadRequest(rule("r", 3, "URL", "https://example.com", 1), "match_type must be 0");
        assertBadRequest(rule("r", 0, "FAX", "https://example.com", 1), "action must be one of");
        assertBadRequest(rule("r", 0, "URL", "", 1), "action_address is required.");
        assertBadRequest(rule("r", 0, "POLL", " ", 1), "action_address is required."); // every action needs one
        assertBadRequest("{\"rule_name\":\"r\",\"match_type\":0,\"action\":\"POLL\",\"enabled\":1}",
                "action_address is required.");
        assertBadRequest(rule("r", 0, "URL", "ftp://example.com", 1), "action_address must be an http(s) URL");
        assertBadRequest(rule("r", 0, "POLL", "poll", 2), "enabled must be 0 or 1.");
        assertBadRequest("{\"rule_name\":\"r\",\"match_type\":0,\"action\":\"POLL\",\"action_address\":\"poll\"}",
                "enabled is required.");
        assertBadRequest("{\"rule_name\":\"r\",\"match_type\":\"all\",\"action\":\"POLL\",\"enabled\":1}",
                "match_type must be a whole number.");
        assertBadRequest("not json", "Invalid JSON in request body.");
        assertThat(SIM.simulator().receiptRules()).isEmpty();

        int id = api.post(RULES, rule("r", 0, "POLL", "poll", 1)).data().get("receipt_rule_id").asInt();
        // ClickSend's specification marks all five fields required on update too
        assertThat(api.put(RULES + "/" + id, "{\"enabled\":0}").json().get("response_msg").asText())
                .isEqualTo("rule_name is required.");
        assertThat(api.put(RULES + "/" + id, rule("r", 0, "URL", "", 1)).json().get("response_msg").asText())
                .isEqualTo("action_address is required.");
        assertThat(api.put(RULES + "/" + id, rule(" ", 0, "POLL", "poll", 1)).status()).isEqualTo(400);
        assertThat(SIM.simulator().receiptRules().get(0).action()).isEqualTo("POLL"); // unchanged
    }

    private void assertBadRequest(String body, String message) {
        Reply reply = api.post(RULES, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("http_code").asInt()).isEqualTo(400);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(reply.json().get("response_msg").asText()).startsWith(message);
    }

    @Test
    void rulesBelongToTheirAccount() {
        SIM.simulator().addAccount("other", "other-key");
        Api other = api.as("other", "other-key");
        int mine = api.post(RULES, rule("mine", 0, "POLL", "poll", 1)).data().get("receipt_rule_id").asInt();

        assertThat(other.get(RULES + "/" + mine).status()).isEqualTo(404);
        assertThat(other.get(RULES + "/" + mine).json().get("response_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(other.put(RULES + "/" + mine, rule("theirs", 0, "POLL", "poll", 0)).status()).isEqualTo(404);
        assertThat(other.send("DELETE", RULES + "/" + mine, null).status()).isEqualTo(404);
        assertThat(other.get(RULES).data().get("total").asInt()).isZero();
        assertThat(api.get(RULES + "/not-a-number").status()).isEqualTo(404);
        assertThat(api.get(RULES + "/999").status()).isEqualTo(404);
        assertThat(api.as(null, null).get(RULES).status()).isEqualTo(401);
        assertThat(SIM.simulator().receiptRules()).singleElement()
                .satisfies(r -> assertThat(r.username()).isEqualTo(SIM.username()));
    }

    @Test
    void listIsPagedAndSearchable() {
        for (int i = 0; i < 20; i++) {
            api.post(RULES, rule("rule " + i, i % 3, i % 2 == 0 ? "URL" : "POLL",
                    i % 2 == 0 ? "https://example.com/" + i : "poll", 1));
        }

        JsonNode page2 = api.get(RULES + "?page=2&limit=10").data();
        assertThat(page2.get("per_page").asInt()).isEqualTo(15); // the API's minimum
        assertThat(page2.get("data")).hasSize(5);
        assertThat(page2.get("data").get(0).get("rule_name").asText()).isEqualTo("rule 15");
        assertThat(api.get(RULES + "?q=action:poll").data().get("total").asInt()).isEqualTo(10);
        assertThat(api.get(RULES + "?q=action:url,match_type:0").data().get("total").asInt()).isEqualTo(4);
        assertThat(api.get(RULES + "?q=rule_name:rule%201,action:poll&operator=OR").data().get("total").asInt())
                .isEqualTo(15); // rule 1, 10..19 or the 10 POLL ones
        assertThat(api.get(RULES + "?q=colour:red").status()).isEqualTo(400);
    }

    @Test
    void javaApiCreatesRulesWithTheSameChecks() {
        ReceiptRule rule = SIM.simulator().addReceiptRule("URL", "http://127.0.0.1:9/hook?token=secret-token");

        assertThat(rule.ruleId()).isEqualTo(1);
        assertThat(rule.matchType()).isEqualTo(ReceiptRule.MATCH_ALL);
        assertThat(rule.enabled()).isTrue();
        assertThat(rule.toString()).doesNotContain("secret-token");
        assertThat(api.get(RULES + "/1").data().get("action_address").asText()).endsWith("token=secret-token");
        assertThatThrownBy(() -> SIM.simulator().addReceiptRule("URL", "not a url"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action_address");
        assertThatThrownBy(() -> SIM.simulator().addReceiptRule("POLL", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action_address is required");
        assertThat(SIM.simulator().addPollRule().actionAddress()).isEqualTo("poll");
    }
}
