package io.github.camelclicksend.voice.model;

import java.math.BigDecimal;

/** One call of the account's voice history. */
public final class VoiceHistoryRecord {

    private String messageId;
    private String to;
    private String from;
    private String body;
    private String lang;
    private String voice;
    private String country;
    private String customString;
    private Long listId;
    private String status;
    private String statusCode;
    private String statusText;
    private String digits;
    private Integer requireInput;
    private Integer machineDetected;
    private BigDecimal messageParts;
    private BigDecimal messagePrice;
    private Long dateAdded;
    private Long schedule;
    private String carrier;
    private String toType;

    VoiceHistoryRecord() {
    }

    public String getMessageId() {
        return messageId;
    }

    public String getTo() {
        return to;
    }

    public String getFrom() {
        return from;
    }

    public String getBody() {
        return body;
    }

    public String getLang() {
        return lang;
    }

    public String getVoice() {
        return voice;
    }

    public String getCountry() {
        return country;
    }

    public String getCustomString() {
        return customString;
    }

    public Long getListId() {
        return listId;
    }

    /** The call's state, e.g. Queued, Scheduled, Sent, Cancelled. */
    public String getStatus() {
        return status;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusText() {
        return statusText;
    }

    /** The keys the callee pressed, or null when none. */
    public String getDigits() {
        return digits == null || digits.isBlank() ? null : digits;
    }

    public boolean isRequireInput() {
        return requireInput != null && requireInput != 0;
    }

    /** Whether an answering machine took the call; null while unknown. */
    public Boolean getMachineDetected() {
        return machineDetected == null ? null : machineDetected != 0;
    }

    public BigDecimal getMessageParts() {
        return messageParts;
    }

    public BigDecimal getMessagePrice() {
        return messagePrice;
    }

    /** When the call was sent, in unix seconds. */
    public Long getDateAdded() {
        return dateAdded;
    }

    /** When the call is scheduled, in unix seconds, or null. */
    public Long getSchedule() {
        return schedule;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getToType() {
        return toType;
    }

    @Override
    public String toString() {
        return "VoiceHistoryRecord[messageId=" + messageId + ", status=" + status + "]";
    }
}
