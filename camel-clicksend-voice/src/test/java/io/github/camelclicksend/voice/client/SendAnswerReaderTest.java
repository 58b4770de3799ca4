package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming reader of send answers reads exactly what data binding reads, on answers of every shape. */
class SendAnswerReaderTest {

    @Property(tries = 500)
    void readsWhatDataBindingReads(@ForAll Random random) throws Exception {
        String json = envelope(random);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        ApiEnvelope<SendResponse> bound = ApiJson.READER.readValue(bytes, ApiJson.envelopeOf(SendResponse.class));
        ApiEnvelope<SendResponse> streamed = SendAnswerReader.read(bytes);

        assertThat(describe(streamed)).as(json).isEqualTo(describe(bound));
    }

    @Example
    void failsWhereDataBindingFails() {
        for (String json : List.of("[]", "{\"data\":[]}", "{\"data\":{\"messages\":[\"x\"]}}",
                "{\"data\":{\"total_price\":\"abc\"}}", "{\"data\":{\"total_count\":{}}}",
                "{\"data\":{\"messages\":[{\"to\":{\"a\":1}}]}}", "{\"data\":{\"messages\":[{\"list_id\":\"x\"}]}}",
                "{\"http_code\":200,", "{\"data\":{\"messages\":[{\"message_id\":\"a\"}]}")) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ApiJson.READER.readValue(bytes, ApiJson.envelopeOf(SendResponse.class)))
                    .as("data binding, " + json).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> SendAnswerReader.read(bytes)).as("streaming, " + json)
                    .isInstanceOf(IOException.class);
        }
    }

    private static String describe(ApiEnvelope<SendResponse> e) {
        StringBuilder sb = new StringBuilder().append(e.httpCode).append('|').append(e.responseCode).append('|')
                .append(e.responseMsg).append('|');
        SendResponse d = e.data;
        if (d == null) {
            return sb.append("no data").toString();
        }
        sb.append(d.totalPrice).append('|').append(d.totalCount).append('|').append(d.queuedCount).append('|')
                .append(d.currency == null ? "no currency" : d.currency.currencyNameShort).append('|');
        if (d.messages == null) {
            return sb.append("no messages").toString();
        }
        for (SendResponse.Row r : d.messages) {
            sb.append(r == null ? "null row" : String.join(",", r.messageId, r.to, String.valueOf(r.listId), r.status,
                    String.valueOf(r.messagePrice), String.valueOf(r.messageParts), r.customString)).append(';');
        }
        return sb.toString();
    }

    private static String envelope(Random r) {
        List<String> fields = new ArrayList<>();
        maybe(r, fields, "http_code", pick(r, "200", "\"200\"", "null"));
        maybe(r, fields, "response_code", pick(r, "\"SUCCESS\"", "null", "\"\""));
        maybe(r, fields, "response_msg", pick(r, "\"Messages queued for delivery.\"", "null", "7"));
        maybe(r, fields, "data", r.nextInt(10) == 0 ? pick(r, "null", "\"\"") : data(r));
        unknown(r, fields);
        return object(r, fields);
    }

    private static String data(Random r) {
        List<String> fields = new ArrayList<>();
        maybe(r, fields, "total_price", decimal(r));
        maybe(r, fields, "total_count", whole(r));
        maybe(r, fields, "queued_count", whole(r));
        int shape = r.nextInt(12);
        maybe(r, fields, "messages", shape == 0 ? pick(r, "null", "\"\"") : shape == 1 ? row(r) : rows(r));
        String currency = r.nextInt(6) == 0 ? "null"
                : "{\"currency_name_short\":" + pick(r, "\"AUD\"", "\"USD\"", "null") + ",\"currency_prefix_d\":\"$\"}";
        maybe(r, fields, pick(r, "currency", "_currency"), currency);
        unknown(r, fields);
        return object(r, fields);
    }

    private static String rows(Random r) {
        StringJoiner rows = new StringJoiner(",", "[", "]");
        for (int i = r.nextInt(5); i > 0; i--) {
            rows.add(r.nextInt(25) == 0 ? "null" : row(r));
        }
        return rows.toString();
    }

    private static String row(Random r) {
        List<String> fields = new ArrayList<>();
        maybe(r, fields, "message_id", pick(r, "\"BF7AD270-0DE2-418B-B606-71D527D9C1AE\"", "null", "\"\""));
        maybe(r, fields, "to", pick(r, "\"+61411111111\"", "\"+14055555555\"", "null", "61411111111"));
        maybe(r, fields, "list_id", pick(r, "null", "\"\"", "428", "\"428\"", "0"));
        maybe(r, fields, "status", pick(r, "\"SUCCESS\"", "\"INVALID_RECIPIENT\"", "null"));
        maybe(r, fields, "message_price", decimal(r));
        maybe(r, fields, "message_parts", decimal(r));
        maybe(r, fields, "custom_string", pick(r, "\"ref-1\"", "null", "\"\"", "42", "\"ü ☎ \\\"q\\\"\""));
        maybe(r, fields, "schedule", pick(r, "\"\"", "1436871253", "\"1436871253\""));
        maybe(r, fields, "_api_username", "\"johndoe1\"");
        unknown(r, fields);
        return object(r, fields);
    }

    private static String decimal(Random r) {
        return pick(r, "0.07", "\"0.0700\"", "1", "\"1.00\"", "12.5", "\"12\"", "null", "\"\"", "0", "1.0E-2");
    }

    private static String whole(Random r) {
        return pick(r, "4", "\"4\"", "0", "null", "\"\"", "1000");
    }

    private static void unknown(Random r, List<String> fields) {
        for (int i = r.nextInt(3); i > 0; i--) {
            fields.add("\"x_" + r.nextInt(1000) + "\":" + pick(r, "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", "[1,2,[3]]",
                    "true", "null", "\"s\"", "-1.5"));
        }
    }

    private static void maybe(Random r, List<String> fields, String name, String json) {
        if (r.nextInt(8) != 0) {
            fields.add("\"" + name + "\":" + json);
        }
    }

    private static String object(Random r, List<String> fields) {
        Collections.shuffle(fields, r);
        return "{" + String.join(",", fields) + "}";
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
