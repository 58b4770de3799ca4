package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What one endpoint has done since it started counting; the endpoint shows these as JMX attributes. Calls are the
 * messages of {@code send} requests (a {@code price} quote places none). A message to a contact list counts once as
 * sent and once per member as accepted or rejected, as the API answers one row per recipient. Receipts are those the
 * endpoint's consumer handed to its route.
 */
public final class ClickSendVoiceStatistics {

    /** The currency key of prices the API sent without a currency. */
    public static final String UNKNOWN_CURRENCY = "UNKNOWN";

    private final LongAdder apiRequests = new LongAdder();
    private final LongAdder callsSent = new LongAdder();
    private final LongAdder callsAccepted = new LongAdder();
    private final LongAdder callsRejected = new LongAdder();
    private final LongAdder callsFailed = new LongAdder();
    private final LongAdder callsOutcomeUnknown = new LongAdder();
    private final AtomicReference<BigDecimal> totalSpent = new AtomicReference<>(BigDecimal.ZERO);
    private final Map<String, BigDecimal> spentByCurrency = new ConcurrentHashMap<>();
    private final LongAdder receiptsReceived = new LongAdder();
    private final List<Consumer<String>> currencyWatchers = new CopyOnWriteArrayList<>();
    private final List<ClickSendVoiceStatistics> totals = new CopyOnWriteArrayList<>();

    /**
     * Counts what this records from now on in that total too: metrics add up the endpoints of one operation this way,
     * and their counters never go back, whatever becomes of the endpoints. Counting in a total is not undone.
     */
    public void alsoCountIn(ClickSendVoiceStatistics total) {
        totals.add(total);
    }

    /** One HTTP request to the API, of any operation (a retry after 429 counts again). */
    public void apiRequest() {
        apiRequests.increment();
        totals.forEach(ClickSendVoiceStatistics::apiRequest);
    }

    /** A send request with these many messages went out. */
    public void sent(int calls) {
        callsSent.add(calls);
        totals.forEach(total -> total.sent(calls));
    }

    /** The API answered a send request with these many accepted and rejected rows, at this price. */
    public void answered(int accepted, int rejected, BigDecimal price, String currencyCode) {
        callsAccepted.add(accepted);
        callsRejected.add(rejected);
        totalSpent.accumulateAndGet(price, BigDecimal::add);
        String currency = currencyCode == null ? UNKNOWN_CURRENCY : currencyCode;
        if (spentByCurrency.putIfAbsent(currency, BigDecimal.ZERO) == null) {
            currencyWatchers.forEach(watcher -> watcher.accept(currency));
        }
        spentByCurrency.merge(currency, price, BigDecimal::add);
        totals.forEach(total -> total.answered(accepted, rejected, price, currencyCode));
    }

    /**
     * Tells the watcher each currency spent in: those counted so far at once, and each new one when it is first
     * counted. Metrics use it to add a meter per currency. A watcher may be told of a currency more than once.
     */
    public void watchCurrencies(Consumer<String> watcher) {
        currencyWatchers.add(watcher);
        spentByCurrency.keySet().forEach(watcher);
    }

    public void unwatchCurrencies(Consumer<String> watcher) {
        currencyWatchers.remove(watcher);
    }

    /** A delivery receipt was handed to the consumer's route. */
    public void receiptReceived() {
        receiptsReceived.increment();
        totals.forEach(ClickSendVoiceStatistics::receiptReceived);
    }

    /** A send request with these many messages failed; whether ClickSend placed them is unknown or not. */
    public void failed(int calls, boolean outcomeUnknown) {
        callsFailed.add(calls);
        if (outcomeUnknown) {
            callsOutcomeUnknown.add(calls);
        }
        totals.forEach(total -> total.failed(calls, outcomeUnknown));
    }

    public long getApiRequests() {
        return apiRequests.sum();
    }

    public long getCallsSent() {
        return callsSent.sum();
    }

    public long getCallsAccepted() {
        return callsAccepted.sum();
    }

    public long getCallsRejected() {
        return callsRejected.sum();
    }

    public long getCallsFailed() {
        return callsFailed.sum();
    }

    public long getCallsOutcomeUnknown() {
        return callsOutcomeUnknown.sum();
    }

    /** The total price of the accepted calls, whatever their currency (an account has one). */
    public BigDecimal getTotalSpent() {
        return totalSpent.get();
    }

    /** The total price of the accepted calls by currency code (e.g. AUD), sorted by code. */
    public Map<String, BigDecimal> getTotalSpentByCurrency() {
        return new TreeMap<>(spentByCurrency);
    }

    public long getReceiptsReceived() {
        return receiptsReceived.sum();
    }

    public void reset() {
        apiRequests.reset();
        callsSent.reset();
        callsAccepted.reset();
        callsRejected.reset();
        callsFailed.reset();
        callsOutcomeUnknown.reset();
        totalSpent.set(BigDecimal.ZERO);
        spentByCurrency.clear();
        receiptsReceived.reset();
    }

    @Override
    public String toString() {
        return "ClickSendVoiceStatistics[apiRequests=" + getApiRequests() + ", callsSent=" + getCallsSent()
               + ", callsAccepted=" + getCallsAccepted() + ", callsRejected=" + getCallsRejected() + ", callsFailed="
               + getCallsFailed() + ", callsOutcomeUnknown=" + getCallsOutcomeUnknown() + ", totalSpent="
               + getTotalSpentByCurrency() + ", receiptsReceived=" + getReceiptsReceived() + "]";
    }
}
