package io.github.camelclicksend.voice.client;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The data of a send or price answer: one row per recipient, in request order. */
public final class SendResponse {

    BigDecimal totalPrice;
    int totalCount;
    int queuedCount;
    List<Row> messages;
    @JsonAlias("_currency")
    Currency currency;

    public BigDecimal getTotalPrice() {
        return totalPrice == null ? BigDecimal.ZERO : totalPrice;
    }

    public int getTotalCount() {
        return totalCount;
    }

    public int getQueuedCount() {
        return queuedCount;
    }

    public List<Row> getMessages() {
        return messages == null ? List.of() : messages;
    }

    /** The currency code, e.g. AUD, or null when the API sent none. */
    public String getCurrency() {
        return currency == null ? null : currency.currencyNameShort;
    }

    static final class Currency {
        String currencyNameShort;
    }

    /** One recipient's row. */
    public static final class Row {
        String messageId;
        String to;
        Integer listId;
        String status;
        BigDecimal messagePrice;
        BigDecimal messageParts;
        String customString;

        public String getMessageId() {
            return messageId;
        }

        public String getTo() {
            return to;
        }

        public Integer getListId() {
            return listId;
        }

        public String getStatus() {
            return status;
        }

        public BigDecimal getMessagePrice() {
            return messagePrice;
        }

        public BigDecimal getMessageParts() {
            return messageParts;
        }

        public String getCustomString() {
            return customString;
        }
    }
}
