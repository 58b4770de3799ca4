package io.github.camelclicksend.voice.simulator;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A voice delivery receipt. Those kept for polling are listed by {@code GET /voice/receipts} until
 * {@code PUT /voice/receipts-read} marks them read; {@code GET /voice/receipts/{id}} finds every one.
 * Timestamps have whole-second precision, as on the wire. Kept compact (timestamps as seconds, shared status
 * texts) so that a test can hold hundreds of thousands of them.
 */
public final class SimulatedReceipt {

    public static final String DELIVERED = "Delivered";
    public static final String UNDELIVERED = "Undelivered";
    public static final String DELIVERED_CODE = "201";
    public static final String DELIVERED_TEXT = "Success: Message received on handset.";
    public static final String UNDELIVERED_CODE = "301";
    public static final String UNDELIVERED_TEXT = "Failed: Call was not answered.";

    private final String username;
    private final String messageId;
    private final String statusCode;
    private final String statusText;
    private final String status;
    private final String errorCode;
    private final String errorText;
    private final String customString;
    private final String digits;
    private final long timestampSend;
    private final long timestamp;
    private volatile boolean read;

    private SimulatedReceipt(Builder b, String defaultUsername, Instant now) {
        this.username = b.username != null ? b.username : defaultUsername;
        this.messageId = b.messageId != null ? b.messageId.toUpperCase(Locale.ROOT) : newMessageId();
        this.statusCode = b.statusCode;
        this.statusText = b.statusText;
        this.status = b.status != null ? b.status
                : statusCode != null && (statusCode.startsWith("2") || statusCode.equalsIgnoreCase("Sent"))
                ? DELIVERED : UNDELIVERED;
        this.errorCode = b.errorCode;
        this.errorText = b.errorText;
        this.customString = b.customString;
        this.digits = b.digits;
        this.timestamp = (b.timestamp != null ? b.timestamp : now).getEpochSecond();
        this.timestampSend = b.timestampSend != null ? b.timestampSend.getEpochSecond() : timestamp;
    }

    public static Builder builder() {
        return new Builder();
    }

    static String newMessageId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** The account it belongs to. */
    public String username() {
        return username;
    }

    public String messageId() {
        return messageId;
    }

    /** e.g. {@code "201"} (delivered) or {@code "301"} (failed). */
    public String statusCode() {
        return statusCode;
    }

    public String statusText() {
        return statusText;
    }

    /** {@link #DELIVERED} or {@link #UNDELIVERED}. */
    public String status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorText() {
        return errorText;
    }

    public String customString() {
        return customString;
    }

    /** Keys pressed; "" when the callee pressed none. */
    public String digits() {
        return digits;
    }

    public Instant timestampSend() {
        return Instant.ofEpochSecond(timestampSend);
    }

    /** When the call ended (the receipt's time), whole seconds. */
    public Instant timestamp() {
        return Instant.ofEpochSecond(timestamp);
    }

    long timestampSeconds() {
        return timestamp;
    }

    long timestampSendSeconds() {
        return timestampSend;
    }

    boolean delivered() {
        return DELIVERED.equals(status);
    }

    public boolean isRead() {
        return read;
    }

    void markRead() {
        read = true;
    }

    @Override
    public String toString() {
        return "SimulatedReceipt[" + messageId + " " + status + " " + statusCode + (read ? ", read" : "") + "]";
    }

    /** Builds a receipt for {@link ClickSendSimulator#addReceipt(Builder)}; every field has a default. */
    public static final class Builder {
        private String username;
        private String messageId;
        private String statusCode = DELIVERED_CODE;
        private String statusText = DELIVERED_TEXT;
        private String status;
        private String errorCode;
        private String errorText;
        private String customString;
        private String digits = "";
        private Instant timestampSend;
        private Instant timestamp;

        private Builder() {
        }

        /** The account; default: the simulator's default account. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** Default: a new random id. */
        public Builder messageId(String messageId) {
            this.messageId = messageId;
            return this;
        }

        /** Default {@code "201"}. */
        public Builder statusCode(String statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /** Default {@code "Success: Message received on handset."}. */
        public Builder statusText(String statusText) {
            this.statusText = statusText;
            return this;
        }

        /** Default: {@code Delivered} for a 2xx or "Sent" status code, else {@code Undelivered}. */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder errorText(String errorText) {
            this.errorText = errorText;
            return this;
        }

        public Builder customString(String customString) {
            this.customString = customString;
            return this;
        }

        /** Default "" (no key pressed). */
        public Builder digits(String digits) {
            this.digits = digits;
            return this;
        }

        /** Default: {@link #timestamp(Instant)}. */
        public Builder timestampSend(Instant timestampSend) {
            this.timestampSend = timestampSend;
            return this;
        }

        /** Default: now, on the simulator's clock. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        boolean hasMessageId() {
            return messageId != null;
        }

        SimulatedReceipt build(String defaultUsername, Instant now) {
            return new SimulatedReceipt(this, defaultUsername, now);
        }
    }
}
