package io.github.camelclicksend.voice;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.util.CastUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * Polls unread delivery receipts, one exchange per receipt, in order. Only when every exchange of a poll succeeded
 * are they marked read (with date_before = the newest receipt's time + 1); otherwise none is, and the next poll sees
 * them again: at-least-once delivery.
 */
public class ClickSendVoiceConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ClickSendVoiceConsumer.class);
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 10_000;

    private final ClickSendVoiceEndpoint endpoint;

    public ClickSendVoiceConsumer(ClickSendVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        ClickSendVoiceClient client = endpoint.getClient();
        List<VoiceReceipt> receipts = new ArrayList<>();
        int page = 1;
        Page<VoiceReceipt> current;
        do {
            current = client.receipts(page, PAGE_SIZE).data();
            receipts.addAll(current.getItems());
            page++;
        } while (current.hasNext() && !current.getItems().isEmpty() && page <= MAX_PAGES);
        Queue<Exchange> exchanges = new ArrayDeque<>(receipts.size());
        for (VoiceReceipt receipt : receipts) {
            exchanges.add(toExchange(receipt));
        }
        return processBatch(CastUtils.cast(exchanges));
    }

    private Exchange toExchange(VoiceReceipt receipt) {
        Exchange exchange = createExchange(true);
        Message in = exchange.getIn();
        in.setBody(receipt);
        in.setHeader(ClickSendVoiceConstants.MESSAGE_ID, receipt.getMessageId());
        in.setHeader(ClickSendVoiceConstants.STATUS_CODE, receipt.getStatusCode());
        in.setHeader(ClickSendVoiceConstants.STATUS_TEXT, receipt.getStatusText());
        in.setHeader(ClickSendVoiceConstants.DIGITS, receipt.getDigits());
        in.setHeader(ClickSendVoiceConstants.CUSTOM_STRING, receipt.getCustomString());
        in.setHeader(ClickSendVoiceConstants.TIMESTAMP, receipt.getTimestamp());
        return exchange;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int done = 0;
        Long newest = null;
        while (!exchanges.isEmpty()) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(Exchange.BATCH_INDEX, done);
            exchange.setProperty(Exchange.BATCH_SIZE, total);
            exchange.setProperty(Exchange.BATCH_COMPLETE, done == total - 1);
            pendingExchanges = total - done - 1;
            Long timestamp = exchange.getIn().getBody(VoiceReceipt.class).getTimestamp();
            endpoint.getStatistics().receiptReceived();
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Receipt not processed; this poll's receipts stay unread and "
                                                      + "come again on the next poll",
                        exchange, exchange.getException());
                releaseExchange(exchange, false);
                pendingExchanges = 0;
                return done;
            }
            releaseExchange(exchange, false);
            if (timestamp != null && (newest == null || timestamp > newest)) {
                newest = timestamp;
            }
            done++;
        }
        pendingExchanges = 0;
        markRead(done, newest);
        return done;
    }

    private void markRead(int processed, Long newest) {
        if (!endpoint.getConfiguration().isMarkAsRead() || processed == 0) {
            return;
        }
        if (newest == null) {
            LOG.warn("{} receipts had no timestamp, so they were not marked read", processed);
            return;
        }
        endpoint.getClient().markReceiptsRead(newest + 1);
    }
}
