package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What one endpoint has done since it started counting: the {@link ClickSendVoiceCounter}s and what was spent. Calls
 * are the messages of {@code send} requests (a {@code price} quote places none). A message to a contact list counts
 * once as sent and once per member as accepted or rejected, as the API answers one row per recipient. Receipts are
 * those the endpoint's consumer handed to its route. The component records; readers use the getters.
 */
public final class ClickSendVoiceStatistics {

    /** The currency key of prices the API sent without a currency. */
    public static final String UNKNOWN_CURRENCY = "UNKNOWN";

    private final Map<ClickSendVoiceCounter, LongAdder> counters = new EnumMap<>(ClickSendVoiceCounter.class);
    private final AtomicReference<BigDecimal> totalSpent = new AtomicReference<>(BigDecimal.ZERO);
    private final Map<String, BigDecimal> spentByCurrency = new ConcurrentHashMap<>();
    private final List<Consumer<String>> currencyWatchers = new CopyOnWriteArrayList<>();
    private final List<ClickSendVoiceStatistics> totals = new CopyOnWriteArrayList<>();

    public ClickSendVoiceStatistics() {
        for (ClickSendVoiceCounter counter : ClickSendVoiceCounter.values()) {
            counters.put(counter, new LongAdder());
        }
    }

    /**
     * Counts what this records from now on in that total too: metrics add up the endpoints of one operation this way,
     * and their counters never go back, whatever becomes of the endpoints. Counting in a total is not undone.
     */
    public void alsoCountIn(ClickSendVoiceStatistics total) {
        totals.add(total);
    }

    public void add(ClickSendVoiceCounter counter, long amount) {
        counters.get(counter).add(amount);
        totals.forEach(total -> total.add(counter, amount));
    }

    /** The API accepted calls at this price (the currency null when the API named none). */
    public void spent(BigDecimal price, String currencyCode) {
        totalSpent.accumulateAndGet(price, BigDecimal::add);
        String currency = currencyCode == null ? UNKNOWN_CURRENCY : currencyCode;
        if (spentByCurrency.putIfAbsent(currency, BigDecimal.ZERO) == null) {
            currencyWatchers.forEach(watcher -> watcher.accept(currency));
        }
        spentByCurrency.merge(currency, price, BigDecimal::add);
        totals.forEach(total -> total.spent(price, currencyCode));
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

    public long get(ClickSendVoiceCounter counter) {
        return counters.get(counter).sum();
    }

    /** The total price of the accepted calls, whatever their currency (an account has one). */
    public BigDecimal getTotalSpent() {
        return totalSpent.get();
    }

    /** The total price of the accepted calls by currency code (e.g. AUD), sorted by code. */
    public Map<String, BigDecimal> getTotalSpentByCurrency() {
        return new TreeMap<>(spentByCurrency);
    }

    public void reset() {
        counters.values().forEach(LongAdder::reset);
        totalSpent.set(BigDecimal.ZERO);
        spentByCurrency.clear();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClickSendVoiceStatistics[");
        counters.forEach((counter, count) -> sb.append(counter.attributeName()).append('=').append(count.sum())
                .append(", "));
        return sb.append("TotalSpent=").append(getTotalSpentByCurrency()).append(']').toString();
    }
}
