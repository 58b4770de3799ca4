package io.github.camelclicksend.voice.model;

import java.math.BigDecimal;
import java.util.Currency;
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
        this.totalPrice = inCurrencyDecimals(totalPrice, currency);
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

    /** 175 AUD reads 175.00: at least the currency's decimals, never fewer than the API gave. */
    private static BigDecimal inCurrencyDecimals(BigDecimal amount, String currency) {
        int digits;
        try {
            digits = currency == null ? -1 : Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException notIso4217) {
            digits = -1;
        }
        return amount == null || digits < 0 || amount.scale() >= digits ? amount : amount.setScale(digits);
    }

    @Override
    public String toString() {
        return "VoiceSendResult[messages=" + messages.size() + ", accepted=" + accepted.size() + ", rejected="
               + rejected.size() + ", totalPrice=" + totalPrice + " " + currency + "]";
    }
}
