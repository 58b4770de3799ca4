package io.github.camelclicksend.voice;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.hc.core5.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.consumer.HandedOverReceipts;
import io.github.camelclicksend.voice.consumer.HandedOverReceipts.Identity;
import io.github.camelclicksend.voice.consumer.PollRule;
import io.github.camelclicksend.voice.consumer.ReceiptExchanges;
import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * Polls unread delivery receipts page by page and hands them to the route one exchange each, in the API's order
 * (DESIGN 3.6). At its first poll it makes sure of the POLL rule ({@link PollRule}). A poll costs one GET while every
 * unread receipt is one already handed over (page 1's total says so), and at most one mark-read, sent only when it
 * covers a receipt handed over and not covered yet ({@link HandedOverReceipts#dateBefore}). A receipt whose exchange
 * failed holds back only the mark-read: the receipts after it are handed over, and it comes again on a later poll.
 */
public class ClickSendVoicePollingConsumer extends ScheduledBatchPollingConsumer {

    static final int PAGE_SIZE = 100;
    static final long DEFAULT_DELAY_MILLIS = 5000;

    private static final Logger LOG = LoggerFactory.getLogger(ClickSendVoicePollingConsumer.class);

    private final ClickSendVoiceEndpoint endpoint;
    private final PollRule pollRule;
    private final HandedOverReceipts memory = new HandedOverReceipts();
    /** The failures of the page being handed over, by index (set by {@link #processBatch}). */
    private final Map<Integer, Exception> failedOnPage = new HashMap<>();

    public ClickSendVoicePollingConsumer(ClickSendVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.pollRule = new PollRule(endpoint, endpoint::getClient);
    }

    @Override
    protected int poll() throws Exception {
        pollRule.ensure();
        Poll poll = new Poll(endpoint.getConfiguration().isMarkAsRead());
        try {
            poll.run();
        } catch (ClickSendVoiceApiException e) {
            if (e.getHttpCode() != HttpStatus.SC_TOO_MANY_REQUESTS) {
                throw e;
            }
            // the client already waited as Retry-After asked; what was handed over is remembered
            LOG.debug("Rate limited after {} receipts; the next poll goes on", poll.count);
        }
        if (poll.firstFailure != null) {
            LOG.warn("Receipts not processed by the route, left unread and handed over again on a later poll "
                     + "(the receipts after them were handed over; a dead letter channel would take them): {}. "
                     + "First failure: {}", poll.failedMessageIds(), poll.firstFailure.toString());
        }
        return poll.count;
    }

    /** How many receipts are remembered between polls (handed over and not covered yet, or failing). */
    int remembered() {
        return memory.size();
    }

    /** One poll: its pages, the receipts it handed over, and its one mark-read. */
    private final class Poll {
        final boolean markAsRead;
        final Set<Identity> failingSeen = new HashSet<>();
        final Set<String> failedIds = new LinkedHashSet<>();
        Set<Identity> previousPage = Set.of();
        long serverSeconds;
        int count;
        Exception firstFailure;

        Poll(boolean markAsRead) {
            this.markAsRead = markAsRead;
        }

        void run() throws Exception {
            for (int page = 1;; page++) {
                if (page > 1 && !isBatchAllowed()) {
                    return; // stopping between pages
                }
                ApiResponse<Page<VoiceReceipt>> answer = endpoint.getClient().receipts(page, PAGE_SIZE);
                Page<VoiceReceipt> receipts = answer.data();
                if (page == 1) {
                    serverSeconds = Objects.requireNonNullElseGet(answer.serverTime(), Instant::now).getEpochSecond();
                    if (markAsRead && !memory.isFailing() && memory.couldAllBeHandedOver(receipts.getTotal())
                        && receipts.getItems().stream().allMatch(r -> memory.isHandedOver(Identity.of(r)))) {
                        markRead(); // nothing new: one GET, and a mark-read only if the grace let one go by
                        return;
                    }
                }
                if (!handOver(receipts.getItems())) {
                    return; // stopping: mark nothing, what was handed over is remembered
                }
                if (!receipts.hasNext() || receipts.getItems().isEmpty()) {
                    break;
                }
            }
            if (markAsRead) {
                memory.keepFailingOnly(failingSeen);
                markRead();
            }
        }

        /** Hands over the page's receipts not handed over yet; false when a shutdown stopped it. */
        boolean handOver(List<VoiceReceipt> items) throws Exception {
            Set<Identity> onPage = new HashSet<>();
            List<VoiceReceipt> fresh = new ArrayList<>(items.size());
            for (VoiceReceipt receipt : items) {
                Identity id = Identity.of(receipt);
                // a page that shifted may show a receipt of the previous page again
                if (!previousPage.contains(id) && onPage.add(id) && !(markAsRead && memory.isHandedOver(id))) {
                    fresh.add(receipt);
                }
            }
            previousPage = onPage;
            Queue<Object> exchanges = new ArrayDeque<>(fresh.size());
            fresh.forEach(receipt -> exchanges.add(ReceiptExchanges.fill(createExchange(true), receipt)));
            int done = processBatch(exchanges);
            count += done;
            for (int i = 0; i < done; i++) {
                Identity id = Identity.of(fresh.get(i));
                Exception failure = failedOnPage.get(i);
                long timestamp = memory.timestampOf(id, serverSeconds);
                if (failure == null) {
                    if (markAsRead) {
                        memory.handedOver(id, timestamp);
                    }
                } else {
                    if (markAsRead) {
                        failingSeen.add(id);
                        memory.failed(id, timestamp);
                    }
                    failedIds.add(id.messageId());
                    if (firstFailure == null) {
                        firstFailure = failure;
                    }
                }
            }
            failedOnPage.clear();
            return done == fresh.size();
        }

        /** The message ids that failed in this poll, the first few of them. */
        String failedMessageIds() {
            int shown = 20;
            String ids = String.join(", ", failedIds.stream().limit(shown).toList());
            return failedIds.size() > shown ? ids + " and " + (failedIds.size() - shown) + " more" : ids;
        }

        void markRead() {
            OptionalLong dateBefore = memory.dateBefore(serverSeconds, endpoint.getConfiguration().getMarkReadGrace());
            if (dateBefore.isPresent()) {
                endpoint.getClient().markReceiptsRead(dateBefore.getAsLong());
                memory.covered(dateBefore.getAsLong());
            }
        }
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
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
            if (failure != null) {
                failedOnPage.put(index, failure);
            }
            releaseExchange(exchange, false);
        }
        pendingExchanges = 0;
        return total;
    }
}
