package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * Receipts that ClickSend pushes to a URL rule: their fields arrive as a form, a JSON object or a query string, with
 * the names of the API's receipts (API notes 4.1), and are read as the API's receipts are (numbers as text, blank as
 * none).
 */
public final class PushedReceipts {

    private PushedReceipts() {
    }

    /** The receipt these fields describe; IllegalArgumentException when they have no message_id. */
    public static VoiceReceipt receipt(Map<String, ?> fields) {
        Object id = fields.get("message_id");
        if (id == null || id.toString().isBlank()) {
            throw new IllegalArgumentException("no message_id");
        }
        try {
            return ApiJson.READER.convertValue(fields, VoiceReceipt.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the fields are not a receipt (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The fields of a JSON object; IllegalArgumentException for anything else. */
    public static Map<String, Object> jsonFields(byte[] json) {
        JsonNode node;
        try {
            node = ApiJson.READER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText(null)
                : e.getValue().toString()));
        return fields;
    }

    /** The fields of an application/x-www-form-urlencoded text or a query string (the first value of each name). */
    public static Map<String, String> formFields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not URL-encoded");
        }
    }
}
