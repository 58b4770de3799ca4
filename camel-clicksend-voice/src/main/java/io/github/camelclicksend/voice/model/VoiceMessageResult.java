package io.github.camelclicksend.voice.model;

import java.math.BigDecimal;

/** The API's answer for one recipient of a send or price request. */
public final class VoiceMessageResult {

    /** The API's status of a message it accepted. */
    public static final String STATUS_SUCCESS = "SUCCESS";

    private final int index;
    private final String messageId;
    private final String to;
    private final Integer listId;
    private final String status;
    private final BigDecimal price;
    private final BigDecimal parts;
    private final String customString;
    private final boolean alreadySent;

    public VoiceMessageResult(int index, String messageId, String to, Integer listId, String status, BigDecimal price,
                              BigDecimal parts, String customString) {
        this(index, messageId, to, listId, status, price, parts, customString, false);
    }

    /** @param alreadySent an earlier attempt placed this call (found in ClickSend's history), so it was not posted */
    public VoiceMessageResult(int index, String messageId, String to, Integer listId, String status, BigDecimal price,
                              BigDecimal parts, String customString, boolean alreadySent) {
        this.index = index;
        this.messageId = messageId;
        this.to = to;
        this.listId = listId;
        this.status = status;
        this.price = price;
        this.parts = parts;
        this.customString = customString;
        this.alreadySent = alreadySent;
    }

    /** The index of the input message this result answers (0 for a single message). */
    public int getIndex() {
        return index;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getTo() {
        return to;
    }

    /** The contact list the recipient came from, or null. */
    public Integer getListId() {
        return listId;
    }

    /** The API's status text, e.g. SUCCESS or INVALID_RECIPIENT. */
    public String getStatus() {
        return status;
    }

    /** True exactly when the status is SUCCESS, or the call was {@link #isAlreadySent() already sent}. */
    public boolean isAccepted() {
        return alreadySent || STATUS_SUCCESS.equals(status);
    }

    /**
     * True when this call was not posted by this exchange because ClickSend's history shows that an earlier attempt
     * placed it (send with idempotentRepository); the status is then the history's, e.g. Sent or Cancelled.
     */
    public boolean isAlreadySent() {
        return alreadySent;
    }

    public BigDecimal getPrice() {
        return price;
    }

    /** The message credits the call costs. */
    public BigDecimal getParts() {
        return parts;
    }

    public String getCustomString() {
        return customString;
    }

    @Override
    public String toString() {
        return "VoiceMessageResult[index=" + index + ", messageId=" + messageId + ", status=" + status + ", price="
               + price + (alreadySent ? ", alreadySent" : "") + "]";
    }
}
