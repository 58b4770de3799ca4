package io.github.camelclicksend.voice;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;

import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.consumer.ReceiptExchanges;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * Polls unread delivery receipts page by page and hands them to the route one exchange each, in the API's order.
 * When every exchange of a poll that read to the last page succeeded, one mark-read covers the receipts older than
 * both the newest one processed + 1 and the server's time less {@code markReadGrace}: a receipt that becomes visible
 * during the poll is never marked read unseen, whichever way the API reads {@code date_before}. Receipts processed
 * but not covered yet stay unread on ClickSend; their ids are remembered, so that this consumer does not hand them
 * over again, until a later mark-read covers them. A failed exchange stops the poll and marks nothing: the next poll
 * hands its receipts over again (at-least-once).
 */
public class ClickSendVoiceConsumer extends ScheduledBatchPollingConsumer {

    static final int PAGE_SIZE = 100;

    private final ClickSendVoiceEndpoint endpoint;
    /** Processed receipts not known to be marked read yet: id to timestamp (null when the receipt had none). */
    private final Map<String, Long> remembered = new HashMap<>();
    private boolean lastBatchFailed;

    public ClickSendVoiceConsumer(ClickSendVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        boolean markAsRead = endpoint.getConfiguration().isMarkAsRead();
        ClickSendVoiceClient client = endpoint.getClient();
        PollProgress progress = new PollProgress();
        Instant serverTime = null;
        for (int page = 1;; page++) {
            ApiResponse<Page<VoiceReceipt>> answer = client.receipts(page, PAGE_SIZE);
            if (serverTime == null) {
                serverTime = Objects.requireNonNullElseGet(answer.serverTime(), Instant::now);
            }
            Page<VoiceReceipt> receipts = answer.data();
            List<VoiceReceipt> fresh = new ArrayList<>(receipts.getItems().size());
            Set<String> onPage = new HashSet<>();
            for (VoiceReceipt receipt : receipts.getItems()) {
                progress.seen(receipt);
                String id = receipt.getMessageId();
                // a page that shifted may show a receipt again
                if (!(markAsRead && remembered.containsKey(id)) && !progress.handed.containsKey(id) && onPage.add(id)) {
                    fresh.add(receipt);
                }
            }
            Queue<Object> exchanges = new ArrayDeque<>(fresh.size());
            fresh.forEach(receipt -> exchanges.add(ReceiptExchanges.fill(createExchange(true), receipt)));
            int done = processBatch(exchanges);
            progress.handedOver(fresh.subList(0, done));
            if (lastBatchFailed) {
                return progress.count; // nothing is marked read: the next poll hands this poll's receipts over again
            }
            if (done < fresh.size() || !isBatchAllowed() && receipts.hasNext()) {
                // a graceful shutdown: mark nothing, but keep what was handed over from coming again
                if (markAsRead) {
                    remembered.putAll(progress.handed);
                }
                return progress.count;
            }
            if (!receipts.hasNext() || receipts.getItems().isEmpty()) {
                break;
            }
        }
        if (markAsRead) {
            markRead(progress, serverTime);
        }
        return progress.count;
    }

    /** One mark-read for a poll that saw receipts; afterwards only the ids it may not have covered are remembered. */
    private void markRead(PollProgress progress, Instant serverTime) {
        remembered.putAll(progress.handed);
        if (progress.newest == null) {
            return; // an empty poll, or receipts without timestamps: nothing can be marked safely
        }
        long dateBefore = Math.min(progress.newest + 1,
                serverTime.getEpochSecond() - endpoint.getConfiguration().getMarkReadGrace());
        endpoint.getClient().markReceiptsRead(dateBefore);
        // "before" may mean < or <=: only what is older than dateBefore is known to be marked either way
        remembered.values().removeIf(timestamp -> timestamp != null && timestamp < dateBefore);
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        lastBatchFailed = false;
        int total = exchanges.size();
        for (int index = 0; index < total; index++) {
            if (index > 0 && !isBatchAllowed()) {
                pendingExchanges = 0;
                return index; // stopping: the rest stays unread
            }
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(Exchange.BATCH_INDEX, index);
            exchange.setProperty(Exchange.BATCH_SIZE, total);
            exchange.setProperty(Exchange.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            Exception failure = ReceiptExchanges.process(getProcessor(), exchange, endpoint.getStatistics());
            releaseExchange(exchange, false);
            if (failure != null) {
                getExceptionHandler().handleException("Receipt not processed; this poll marks nothing read and its "
                                                      + "receipts come again on the next poll", exchange, failure);
                lastBatchFailed = true;
                pendingExchanges = 0;
                return index;
            }
        }
        pendingExchanges = 0;
        return total;
    }

    /** What one poll has seen and handed over. */
    private static final class PollProgress {
        /** The receipts handed over: id to timestamp. */
        final Map<String, Long> handed = new HashMap<>();
        Long newest;
        int count;

        void seen(VoiceReceipt receipt) {
            Long timestamp = receipt.getTimestamp();
            if (timestamp != null) {
                newest = newest == null ? timestamp : Math.max(newest, timestamp);
            }
        }

        void handedOver(List<VoiceReceipt> receipts) {
            receipts.forEach(r -> handed.put(r.getMessageId(), r.getTimestamp()));
            count += receipts.size();
        }
    }
}
