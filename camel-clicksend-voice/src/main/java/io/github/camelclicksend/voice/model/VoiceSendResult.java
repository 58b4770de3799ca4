package io.github.camelclicksend.voice.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The merged answer of every batch of a send or price exchange. */
public final class VoiceSendResult {

    private final List<VoiceMessageResult> messages;
    private final List<VoiceMessageResult> accepted;
    private final List<VoiceMessageResult> rejected;
    private final BigDecimal totalPrice;
    private final int totalCount;
    private final int queuedCount;
    private final String currency;

    public VoiceSendResult(List<VoiceMessageResult> messages, BigDecimal totalPrice, int totalCount, int queuedCount,
                           String currency) {
        this.messages = List.copyOf(messages);
        this.accepted = this.messages.stream().filter(VoiceMessageResult::isAccepted).toList();
        this.rejected = this.messages.stream().filter(m -> !m.isAccepted()).toList();
        this.totalPrice = totalPrice;
        this.totalCount = totalCount;
        this.queuedCount = queuedCount;
        this.currency = currency;
    }

    /** One result per recipient, in input order. */
    public List<VoiceMessageResult> getMessages() {
        return messages;
    }

    @JsonIgnore
    public List<VoiceMessageResult> getAccepted() {
        return accepted;
    }

    @JsonIgnore
    public List<VoiceMessageResult> getRejected() {
        return rejected;
    }

    public int getRejectedCount() {
        return rejected.size();
    }

    /** The calls an earlier attempt placed, found in ClickSend's history and not posted again. */
    public int getAlreadySentCount() {
        return (int) messages.stream().filter(VoiceMessageResult::isAlreadySent).count();
    }

    public BigDecimal getTotalPrice() {
        return totalPrice;
    }

    public int getTotalCount() {
        return totalCount;
    }

    public int getQueuedCount() {
        return queuedCount;
    }

    /** The currency code of the prices, e.g. AUD. */
    public String getCurrency() {
        return currency;
    }

    @Override
    public String toString() {
        return "VoiceSendResult[messages=" + messages.size() + ", accepted=" + accepted.size() + ", rejected="
               + rejected.size() + ", totalPrice=" + totalPrice + " " + currency + "]";
    }
}
