package io.github.camelclicksend.voice.simulator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call accepted by {@code POST /voice/send}. Immutable except for its lifecycle: {@link #status()}
 * moves from {@code Queued} to {@code Sent} (or {@code Failed}) when its receipt is generated, and from
 * {@code Scheduled} to {@code Cancelled} on cancel, or to {@code Sent}/{@code Failed} at its schedule time.
 * A call whose callee {@link Callee#rings() rings} is {@code Ringing} in between, until answered in the console.
 */
public final class SimulatedCall {

    public static final String QUEUED = "Queued";
    public static final String SCHEDULED = "Scheduled";
    /** Made, waiting for a person to answer it in the console; no receipt yet. */
    public static final String RINGING = "Ringing";
    public static final String CANCELLED = "Cancelled";
    public static final String SENT = "Sent";
    public static final String FAILED = "Failed";

    private final String username;
    private final String messageId;
    private final String to;
    private final Integer listId;
    private final String body;
    private final String voice;
    private final String lang;
    private final String customString;
    private final String country;
    private final String source;
    private final Long schedule;
    private final boolean requireInput;
    private final boolean machineDetection;
    private final int messageParts;
    private final BigDecimal messagePrice;
    private final Instant dateAdded;
    private volatile String status;
    private volatile String digits;
    private volatile String statusCode;
    private volatile String statusText;
    private volatile boolean machineDetected;

    SimulatedCall(String username, MessageRow row, String status) {
        this.username = username;
        this.messageId = row.messageId;
        this.to = row.to;
        this.listId = row.listId;
        this.body = row.body;
        this.voice = row.voice;
        this.lang = row.lang;
        this.customString = row.customString;
        this.country = row.country;
        this.source = row.source;
        this.schedule = row.scheduleSeconds;
        this.requireInput = row.requireInput;
        this.machineDetection = row.machineDetection;
        this.messageParts = row.parts;
        this.messagePrice = row.price;
        this.dateAdded = row.dateAdded;
        this.status = status;
    }

    /** The API user that sent it. */
    public String username() {
        return username;
    }

    /** 36-character upper-case UUID. */
    public String messageId() {
        return messageId;
    }

    /** E.164 number (for a list send, the list member). */
    public String to() {
        return to;
    }

    /** The contact list it was expanded from, or null. */
    public Integer listId() {
        return listId;
    }

    public String body() {
        return body;
    }

    public String voice() {
        return voice;
    }

    public String lang() {
        return lang;
    }

    public String customString() {
        return customString;
    }

    public String country() {
        return country;
    }

    public String source() {
        return source;
    }

    /** Unix seconds of the requested schedule, or null for immediate calls. */
    public Long schedule() {
        return schedule;
    }

    public boolean requireInput() {
        return requireInput;
    }

    public boolean machineDetection() {
        return machineDetection;
    }

    public int messageParts() {
        return messageParts;
    }

    public BigDecimal messagePrice() {
        return messagePrice;
    }

    public Instant dateAdded() {
        return dateAdded;
    }

    /** {@link #QUEUED}, {@link #SCHEDULED}, {@link #RINGING}, {@link #CANCELLED}, {@link #SENT} or {@link #FAILED}. */
    public String status() {
        return status;
    }

    /** Keys pressed (from the receipt), or null before the call was made. */
    public String digits() {
        return digits;
    }

    public String statusCode() {
        return statusCode;
    }

    public String statusText() {
        return statusText;
    }

    /** Whether an answering machine was detected (answered by a machine, {@code machine_detection} asked for). */
    public boolean machineDetected() {
        return machineDetected;
    }

    void status(String newStatus) {
        this.status = newStatus;
    }

    void completed(SimulatedReceipt receipt, boolean machineDetected) {
        this.machineDetected = machineDetected;
        this.digits = receipt.digits();
        this.statusCode = receipt.statusCode();
        this.statusText = receipt.statusText();
        this.status = SimulatedReceipt.DELIVERED.equals(receipt.status()) ? SENT : FAILED;
    }

    @Override
    public String toString() {
        return "SimulatedCall[" + messageId + " to " + to + ", " + status + "]";
    }
}
