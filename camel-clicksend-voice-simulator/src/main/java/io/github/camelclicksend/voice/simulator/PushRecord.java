package io.github.camelclicksend.voice.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt to push a receipt to a URL: which rule, where, how, what, and what came back.
 * {@link #toString()} masks the URL's query (it may hold a webhook token); {@link #url()} has it whole.
 */
public final class PushRecord {

    private final Integer ruleId;
    private final String url;
    private final PushFormat format;
    private final Map<String, String> fields;
    private final int attempt;
    private final Integer status;
    private final String failure;
    private final Instant time;

    PushRecord(Integer ruleId, String url, PushFormat format, Map<String, String> fields, int attempt,
               Integer status, String failure, Instant time) {
        this.ruleId = ruleId;
        this.url = url;
        this.format = format;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.attempt = attempt;
        this.status = status;
        this.failure = failure;
        this.time = time;
    }

    /** The rule's {@code receipt_rule_id}; null for a test receipt pushed by {@code POST /voice/receipts}. */
    public Integer ruleId() {
        return ruleId;
    }

    /** The rule's {@code action_address} as configured, query included (without the fields of a GET push). */
    public String url() {
        return url;
    }

    public PushFormat format() {
        return format;
    }

    /**
     * The receipt's fields in the order sent: {@code timestamp_send, timestamp, message_id, status, status_code,
     * status_text, error_code, error_text, custom_string, user_id, subaccount_id, message_type, digits}; a null
     * value is sent as {@code null} in JSON and as an empty value in a form or query.
     */
    public Map<String, String> fields() {
        return fields;
    }

    public String messageId() {
        return fields.get("message_id");
    }

    /** 1 for the first attempt, 2 for the first retry, ... */
    public int attempt() {
        return attempt;
    }

    /** The HTTP status answered, or null when no answer came (see {@link #failure()}). */
    public Integer status() {
        return status;
    }

    /** Why no answer came (e.g. {@code java.net.ConnectException: Connection refused}), or null. */
    public String failure() {
        return failure;
    }

    /** Whether the receiver answered 2xx. */
    public boolean delivered() {
        return status != null && status >= 200 && status < 300;
    }

    /** When the attempt ended (wall clock). */
    public Instant time() {
        return time;
    }

    @Override
    public String toString() {
        return "PushRecord[rule " + ruleId + " " + format + " " + maskQuery(url) + " " + messageId() + " attempt "
                + attempt + ": " + (status != null ? "HTTP " + status : failure) + "]";
    }

    /** The URL with every query value replaced by {@code ****}. */
    static String maskQuery(String url) {
        int q = url == null ? -1 : url.indexOf('?');
        return q < 0 ? url : url.substring(0, q + 1) + url.substring(q + 1).replaceAll("=[^&]*", "=****");
    }
}
