package io.github.camelclicksend.voice.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.camelclicksend.voice.client.PushedReceipts;

/**
 * One HTTP request to the webhook as the platform-http engine hands it over, whichever engine it is (Vert.x, Spring's
 * servlet container): its method, its token, its size, and the receipt fields it carries in a form, a JSON object or
 * a query string.
 */
public final class WebhookRequest {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    static final String TOKEN = "token";

    /** The fields ClickSend pushes (API notes 4.1), looked for among the headers when an engine moved a form there. */
    private static final List<String> FIELDS = List.of("timestamp_send", "timestamp", "message_id", "status",
            "status_code", "status_text", "error_code", "error_text", "custom_string", "user_id", "subaccount_id",
            "message_type", "digits");

    private final Message in;
    private final Map<String, String> query;
    private byte[] bodyBytes;

    public WebhookRequest(Message in) {
        this.in = in;
        String raw = in.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        this.query = PushedReceipts.formFields(raw != null ? raw : in.getHeader(Exchange.HTTP_QUERY, String.class));
    }

    public String method() {
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        return method == null ? "" : method.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the request's query string carries this token, compared in constant time. Only the query string: engines
     * copy query parameters and form fields into headers, and a token from a header or a form field is not accepted.
     */
    public boolean hasToken(String expected) {
        String given = query.get(TOKEN);
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** Over the limit by its Content-Length, or by what the engine read (a form it parsed counted as sent). */
    public boolean isTooLarge() {
        Long length = in.getHeader("Content-Length", Long.class);
        if (length != null && length > MAX_BODY_BYTES) {
            return true;
        }
        return in.getBody() instanceof Map<?, ?> form ? formLength(form) > MAX_BODY_BYTES
                : body().length > MAX_BODY_BYTES;
    }

    private static long formLength(Map<?, ?> form) {
        long length = 0;
        for (Map.Entry<?, ?> e : form.entrySet()) {
            length += String.valueOf(e.getKey()).length() + String.valueOf(e.getValue()).length() + 2;
        }
        return length;
    }

    /** The receipt's fields: the query's for GET, else the body's (JSON, a form, or the form the engine parsed). */
    public Map<String, ?> fields() {
        if ("GET".equals(method())) {
            Map<String, String> fields = new LinkedHashMap<>(query);
            fields.remove(TOKEN);
            return fields;
        }
        Object body = in.getBody();
        if (body instanceof Map<?, ?> form) {
            return stringKeys(form);
        }
        byte[] bytes = body();
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (isJson() || text.startsWith("{")) {
            return PushedReceipts.jsonFields(bytes);
        }
        if (!text.isEmpty()) {
            return PushedReceipts.formFields(text);
        }
        Map<String, Object> fromHeaders = new LinkedHashMap<>();
        FIELDS.forEach(name -> {
            Object value = in.getHeader(name);
            if (value != null) {
                fromHeaders.put(name, value instanceof List<?> values && !values.isEmpty() ? values.get(0) : value);
            }
        });
        return fromHeaders;
    }

    private boolean isJson() {
        String type = in.getHeader(Exchange.CONTENT_TYPE, String.class);
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The body's bytes, at most one more than the limit (a stream is not read further). */
    private byte[] body() {
        if (bodyBytes == null) {
            Object body = in.getBody();
            if (body == null || body instanceof Map<?, ?>) {
                bodyBytes = new byte[0];
            } else if (body instanceof InputStream stream) {
                try {
                    bodyBytes = stream.readNBytes(MAX_BODY_BYTES + 1);
                } catch (IOException e) {
                    throw new IllegalArgumentException("the body could not be read");
                }
                in.setBody(bodyBytes);
            } else {
                byte[] bytes = in.getBody(byte[].class);
                bodyBytes = bytes == null ? new byte[0] : bytes;
            }
        }
        return bodyBytes;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        form.forEach((k, v) -> fields.put(String.valueOf(k), v instanceof List<?> values && !values.isEmpty()
                ? values.get(0) : v));
        return fields;
    }
}
