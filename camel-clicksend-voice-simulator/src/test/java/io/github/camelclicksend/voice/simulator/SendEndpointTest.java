package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SendEndpointTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static final String UUID_UPPER = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    @Test
    void acceptsACallAndAnswersTheDocumentedShape() {
        Reply reply = api.post("/voice/send", messages("{\"to\":\"+61411111111\",\"body\":\"Hello there\","
                + "\"voice\":\"male\",\"lang\":\"en-au\",\"custom_string\":\"ref-1\",\"source\":\"camel\","
                + "\"require_input\":1,\"machine_detection\":0}"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        JsonNode json = reply.json();
        assertThat(json.get("http_code").asInt()).isEqualTo(200);
        assertThat(json.get("response_code").asText()).isEqualTo("SUCCESS");
        assertThat(json.get("response_msg").asText()).isEqualTo("Here are your data.");
        JsonNode data = json.get("data");
        assertThat(data.get("total_price").isNumber()).isTrue();
        assertThat(data.get("total_price").decimalValue()).isEqualByComparingTo("0.07");
        assertThat(data.get("total_count").asInt()).isEqualTo(1);
        assertThat(data.get("queued_count").asInt()).isEqualTo(1);
        assertThat(data.get("_currency").get("currency_name_short").asText()).isEqualTo("AUD");
        assertThat(data.get("_currency").get("currency_prefix_d").asText()).isEqualTo("$");

        JsonNode row = data.get("messages").get(0);
        assertThat(row.get("message_id").asText()).matches(UUID_UPPER);
        assertThat(row.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(row.get("to").asText()).isEqualTo("+61411111111");
        assertThat(row.get("list_id").isNull()).isTrue();
        assertThat(row.get("body").asText()).isEqualTo("Hello there");
        assertThat(row.get("voice").asText()).isEqualTo("male");
        assertThat(row.get("lang").asText()).isEqualTo("en-au");
        assertThat(row.get("custom_string").asText()).isEqualTo("ref-1");
        assertThat(row.get("country").asText()).isEqualTo("AU");
        assertThat(row.get("schedule").asText()).isEmpty();
        assertThat(row.get("message_price").isTextual()).isTrue();
        assertThat(row.get("message_price").asText()).isEqualTo("0.0700");
        assertThat(row.get("message_parts").asInt()).isEqualTo(1);
        assertThat(row.get("require_input").asInt()).isEqualTo(1);
        assertThat(row.get("machine_detection").asInt()).isEqualTo(0);
        assertThat(row.get("date_added").isIntegralNumber()).isTrue();
        assertThat(row.get("date_added").asLong()).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
        assertThat(row.get("_api_username").asText()).isEqualTo(ClickSendSimulator.DEFAULT_USERNAME);

        List<SimulatedCall> calls = SIM.acceptedMessages();
        assertThat(calls).hasSize(1);
        SimulatedCall c = calls.get(0);
        assertThat(c.messageId()).isEqualTo(row.get("message_id").asText());
        assertThat(c.to()).isEqualTo("+61411111111");
        assertThat(c.body()).isEqualTo("Hello there");
        assertThat(c.voice()).isEqualTo("male");
        assertThat(c.lang()).isEqualTo("en-au");
        assertThat(c.customString()).isEqualTo("ref-1");
        assertThat(c.source()).isEqualTo("camel");
        assertThat(c.requireInput()).isTrue();
        assertThat(c.machineDetection()).isFalse();
        assertThat(c.schedule()).isNull();
        assertThat(c.country()).isEqualTo("AU");
        assertThat(c.status()).isIn(SimulatedCall.QUEUED, SimulatedCall.SENT);
        assertThat(c.username()).isEqualTo(SIM.username());
    }

    @Test
    void reportsEachRejectedMessageInsideHttp200() {
        Reply reply = api.post("/voice/send", messages(
                "{\"to\":\"+61411111111\",\"body\":\"\",\"voice\":\"female\",\"lang\":\"en-au\"}",
                call("0411111111", "local number"),
                "{\"to\":\"+61411111111\",\"body\":\"x\",\"voice\":\"female\",\"lang\":\"xx-yy\"}",
                "{\"to\":\"+61411111111\",\"body\":\"x\",\"voice\":\"robot\",\"lang\":\"en-au\"}",
                "{\"to\":\"+61411111111\",\"body\":\"x\",\"voice\":\"male\",\"lang\":\"en-in\"}",
                "{\"to\":\"+61411111111\",\"body\":\"x\",\"voice\":\"female\",\"lang\":\"en-au\",\"schedule\":\"tomorrow\"}",
                call("+61422222222", "fine"),
                "{\"body\":\"no recipient\"}"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.data();
        List<String> statuses = new ArrayList<>();
        data.get("messages").forEach(m -> statuses.add(m.get("status").asText()));
        assertThat(statuses).containsExactly("EMPTY_MESSAGE", "INVALID_RECIPIENT", "INVALID_LANG", "INVALID_VOICE",
                "INVALID_VOICE", "INVALID_SCHEDULE", "SUCCESS", "INVALID_RECIPIENT");
        data.get("messages").forEach(m -> assertThat(m.get("message_id").asText()).matches(UUID_UPPER));
        assertThat(data.get("messages").get(1).get("message_price").asText()).isEqualTo("0.0000");
        assertThat(data.get("total_count").asInt()).isEqualTo(8);
        assertThat(data.get("queued_count").asInt()).isEqualTo(1);
        assertThat(data.get("total_price").decimalValue()).isEqualByComparingTo("0.07");
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::to).containsExactly("+61422222222");
    }

    @Test
    void expandsAContactListIntoConsecutiveRows() {
        SIM.simulator().addContactList(7, List.of("+61411111111", "+61422222222", "+61433333333"));

        Reply reply = api.post("/voice/send", messages(call("+14055555555", "first"),
                "{\"list_id\":7,\"body\":\"to the list\",\"voice\":\"female\",\"lang\":\"en-au\"}",
                "{\"list_id\":99,\"body\":\"unknown list\"}"));

        JsonNode rows = reply.data().get("messages");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("to").asText()).isEqualTo("+14055555555");
        assertThat(rows.get(0).get("country").asText()).isEqualTo("US");
        for (int i = 1; i <= 3; i++) {
            assertThat(rows.get(i).get("list_id").asInt()).isEqualTo(7);
            assertThat(rows.get(i).get("status").asText()).isEqualTo("SUCCESS");
        }
        assertThat(rows.get(1).get("to").asText()).isEqualTo("+61411111111");
        assertThat(rows.get(3).get("to").asText()).isEqualTo("+61433333333");
        assertThat(rows.get(4).get("status").asText()).isEqualTo("NOT_ENOUGH_PERMISSION_TO_LIST_ID");
        assertThat(reply.data().get("queued_count").asInt()).isEqualTo(4);
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::listId).containsExactly(null, 7, 7, 7);
    }

    @Test
    void noCreditAccountGetsInsufficientCreditButCanStillGetAQuote() {
        Api nocredit = api.as(ClickSendSimulator.NOCREDIT_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY);

        Reply sent = nocredit.post("/voice/send", messages(call("+61411111111", "a"), call("+61422222222", "b")));
        Reply quoted = nocredit.post("/voice/price", messages(call("+61411111111", "a")));

        assertThat(sent.status()).isEqualTo(200);
        sent.data().get("messages").forEach(m -> assertThat(m.get("status").asText()).isEqualTo("INSUFFICIENT_CREDIT"));
        assertThat(sent.data().get("queued_count").asInt()).isZero();
        assertThat(quoted.data().get("messages").get(0).get("status").asText()).isEqualTo("SUCCESS");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void pricesByCreditsAndRecordsNothing() {
        String gsm301 = "a".repeat(301);
        String unicode151 = "é".repeat(100) + "ж".repeat(51);
        String tooLong = "b".repeat(1300);

        Reply reply = api.post("/voice/price", messages(call("+61411111111", "short"), call("+61411111111", gsm301),
                call("+61411111111", unicode151), call("+61411111111", tooLong)));

        JsonNode rows = reply.data().get("messages");
        assertThat(rows.get(0).get("message_parts").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("message_parts").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("message_price").asText()).isEqualTo("0.1400");
        assertThat(rows.get(2).get("message_parts").asInt()).isEqualTo(2);
        assertThat(rows.get(3).get("message_parts").asInt()).isEqualTo(4);
        assertThat(rows.get(3).get("body").asText()).hasSize(1200);
        assertThat(reply.data().get("total_price").decimalValue()).isEqualByComparingTo("0.63");
        assertThat(SIM.acceptedMessages()).isEmpty();
        assertThat(SIM.requests()).hasSize(1);
    }

    @Test
    void moreThan1000RecipientsIsABadRequest() {
        List<String> members = IntStream.range(0, 1000).mapToObj(i -> "+6141" + String.format("%07d", i)).toList();
        SIM.simulator().addContactList(1000, members);

        Reply exactly1000 = api.post("/voice/price", messages("{\"list_id\":1000,\"body\":\"hi\"}"));
        Reply tooMany = api.post("/voice/send", messages("{\"list_id\":1000,\"body\":\"hi\"}", call("+61411111111", "x")));

        assertThat(exactly1000.status()).isEqualTo(200);
        assertThat(exactly1000.data().get("total_count").asInt()).isEqualTo(1000);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("http_code").asInt()).isEqualTo(400);
        assertThat(tooMany.json().get("response_code").asText()).isEqualTo("TOO_MANY_RECIPIENTS");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void malformedOrIncompleteBodiesAreBadRequests() {
        Reply notJson = api.post("/voice/send", "{\"messages\":[");
        Reply noMessages = api.post("/voice/send", "{\"to\":\"+61411111111\"}");
        Reply notAnObject = api.post("/voice/price", "{\"messages\":[\"hello\"]}");

        for (Reply reply : List.of(notJson, noMessages, notAnObject)) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("response_code").asText()).isEqualTo("BAD_REQUEST");
            assertThat(reply.json().get("data").isNull()).isTrue();
        }
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void futureScheduleIsScheduledAndPastScheduleIsQueued() {
        long future = Instant.now().getEpochSecond() + 3600;
        long past = Instant.now().getEpochSecond() - 3600;

        Reply reply = api.post("/voice/send", messages(
                "{\"to\":\"+61411111111\",\"body\":\"later\",\"schedule\":" + future + "}",
                "{\"to\":\"+61422222222\",\"body\":\"now\",\"schedule\":\"" + past + "\"}"));

        assertThat(reply.data().get("messages").get(0).get("schedule").asLong()).isEqualTo(future);
        List<SimulatedCall> calls = SIM.acceptedMessages();
        assertThat(calls.get(0).status()).isEqualTo(SimulatedCall.SCHEDULED);
        assertThat(calls.get(0).schedule()).isEqualTo(future);
        assertThat(calls.get(1).status()).isIn(SimulatedCall.QUEUED, SimulatedCall.SENT);
        assertThat(calls.get(0).lang()).isEqualTo("en-us");
        assertThat(calls.get(0).voice()).isEqualTo("female");
    }

    @Test
    void priceAndCurrencyComeFromTheBuilder() {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().pricePerCredit(new BigDecimal("0.0500"))
                .currency("usd").build().start()) {
            Reply reply = new Api(sim).post("/voice/price", messages(call("+61411111111", "a".repeat(400))));

            assertThat(reply.data().get("messages").get(0).get("message_price").asText()).isEqualTo("0.1000");
            assertThat(reply.data().get("total_price").decimalValue()).isEqualByComparingTo("0.1");
            assertThat(reply.data().get("_currency").get("currency_name_short").asText()).isEqualTo("USD");
        }
    }
}
