package io.github.camelclicksend.voice.consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.ClickSendVoiceCounter;
import io.github.camelclicksend.voice.ClickSendVoiceStatistics;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/** The exchange a route gets for one receipt, polled or pushed alike: the receipt as body, its main fields as headers. */
public final class ReceiptExchanges {

    private ReceiptExchanges() {
    }

    public static Exchange fill(Exchange exchange, VoiceReceipt receipt) {
        Message in = exchange.getIn();
        in.setBody(receipt);
        in.setHeader(ClickSendVoiceConstants.MESSAGE_ID, receipt.getMessageId());
        in.setHeader(ClickSendVoiceConstants.STATUS_CODE, receipt.getStatusCode());
        in.setHeader(ClickSendVoiceConstants.STATUS_TEXT, receipt.getStatusText());
        in.setHeader(ClickSendVoiceConstants.DIGITS, receipt.getDigits());
        in.setHeader(ClickSendVoiceConstants.CUSTOM_STRING, receipt.getCustomString());
        in.setHeader(ClickSendVoiceConstants.TIMESTAMP, receipt.getTimestamp());
        in.setHeader(ClickSendVoiceConstants.RECEIPT_KEY, HandedOverReceipts.Identity.of(receipt).key());
        return exchange;
    }

    /** Hands the exchange to the route and counts the receipt; the route's failure, or null when it succeeded. */
    public static Exception process(Processor route, Exchange exchange, ClickSendVoiceStatistics statistics) {
        statistics.add(ClickSendVoiceCounter.RECEIPTS_RECEIVED, 1);
        try {
            route.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        return exchange.getException();
    }
}
