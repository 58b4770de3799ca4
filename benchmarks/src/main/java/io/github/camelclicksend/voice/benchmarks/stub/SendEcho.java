package io.github.camelclicksend.voice.benchmarks.stub;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

/**
 * Answers a /voice/send request body with the envelope ClickSend returns: one row per message received, with the
 * fields and types of the real API (message_price a string, total_price a number, _currency). Streams both ways,
 * so the stub spends as little CPU as it can.
 */
public final class SendEcho {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String PRICE = "0.0924";
    private static final AtomicLong IDS = new AtomicLong(0x1000_0000L);

    private SendEcho() {
    }

    public static byte[] answer(byte[] request) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(Math.max(1024, request.length * 4));
        long now = System.currentTimeMillis() / 1000;
        int count = 0;
        try (JsonParser p = JSON.createParser(request); JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("http_code", 200);
            g.writeStringField("response_code", "SUCCESS");
            g.writeStringField("response_msg", "Voice messages queued for delivery.");
            g.writeObjectFieldStart("data");
            g.writeArrayFieldStart("messages");
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                if ("messages".equals(p.currentName()) && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        writeRow(g, readMessage(p), now);
                        count++;
                    }
                } else {
                    p.skipChildren();
                }
            }
            g.writeEndArray();
            g.writeNumberField("total_price", new java.math.BigDecimal(PRICE).multiply(java.math.BigDecimal.valueOf(count)));
            g.writeNumberField("total_count", count);
            g.writeNumberField("queued_count", count);
            g.writeObjectFieldStart("_currency");
            g.writeStringField("currency_name_short", "AUD");
            g.writeStringField("currency_prefix_d", "$");
            g.writeStringField("currency_prefix_c", "c");
            g.writeStringField("currency_name_long", "Australian Dollars");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** to, body, voice, lang, custom_string, country, list_id: what the row echoes. */
    private static String[] readMessage(JsonParser p) throws IOException {
        String[] m = new String[7];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            int slot = switch (name) {
                case "to" -> 0;
                case "body" -> 1;
                case "voice" -> 2;
                case "lang" -> 3;
                case "custom_string" -> 4;
                case "country" -> 5;
                case "list_id" -> 6;
                default -> -1;
            };
            if (slot >= 0 && value != JsonToken.VALUE_NULL) {
                m[slot] = p.getValueAsString();
            } else {
                p.skipChildren();
            }
        }
        return m;
    }

    private static void writeRow(JsonGenerator g, String[] m, long now) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", Long.toString(now));
        g.writeNumberField("date_added", now);
        if (m[6] == null) {
            g.writeNullField("list_id");
        } else {
            g.writeFieldName("list_id");
            g.writeNumber(m[6]);
        }
        g.writeStringField("to", m[0]);
        g.writeStringField("to_type", "mobile");
        g.writeStringField("body", m[1]);
        g.writeNullField("from");
        g.writeStringField("lang", m[3] == null ? "en-us" : m[3]);
        g.writeStringField("voice", m[2] == null ? "female" : m[2]);
        g.writeStringField("schedule", "");
        g.writeStringField("message_id", messageId());
        g.writeNumberField("message_parts", 1);
        g.writeStringField("message_price", PRICE);
        g.writeStringField("custom_string", m[4]);
        g.writeNumberField("user_id", 4242);
        g.writeNumberField("subaccount_id", 4242);
        g.writeStringField("country", m[5] == null ? "AU" : m[5]);
        g.writeNumberField("require_input", 0);
        g.writeNumberField("machine_detection", 0);
        g.writeNumberField("machine_detected", 0);
        g.writeNullField("digits");
        g.writeStringField("carrier", "Telstra");
        g.writeNullField("status_code");
        g.writeNullField("status_text");
        g.writeStringField("status", "SUCCESS");
        g.writeStringField("_api_username", "benchmark");
        g.writeEndObject();
    }

    /** A UUID-shaped id like ClickSend's, unique per stub process. */
    private static String messageId() {
        String hex = Long.toHexString(IDS.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
        return "1F0B8E6C-5A3D-4B2E-9C71-" + "000000000000".substring(hex.length()) + hex;
    }
}
