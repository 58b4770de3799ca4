package io.github.camelclicksend.voice.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every receipt (creation order), and per account the unread ones kept for polling, sorted by {@code timestamp}
 * (then arrival). Sorted that way, what a mark-read covers is always a prefix, and a page is a slice: neither
 * copies the whole list, so a backlog of 100,000 receipts stays cheap. Thread-safe.
 */
final class ReceiptStore {

    /** One page of an account's unread receipts. */
    static final class Page {
        final int total;
        final List<SimulatedReceipt> items;

        Page(int total, List<SimulatedReceipt> items) {
            this.total = total;
            this.items = items;
        }
    }

    // guarded by this
    private final List<SimulatedReceipt> all = new ArrayList<>();
    private final Map<String, List<SimulatedReceipt>> unread = new HashMap<>();

    /** Stores a receipt; {@code pollable} ones are also listed as unread until marked read. */
    synchronized void add(SimulatedReceipt receipt, boolean pollable) {
        all.add(receipt);
        if (pollable) {
            List<SimulatedReceipt> list = unread.computeIfAbsent(receipt.username(), u -> new ArrayList<>());
            list.add(insertionPoint(list, receipt.timestampSeconds()), receipt);
        }
    }

    /** The receipts of {@code [fromIndex, fromIndex + limit)} among the account's unread ones, oldest first. */
    synchronized Page page(String username, int fromIndex, int limit) {
        List<SimulatedReceipt> list = unread.getOrDefault(username, List.of());
        int from = Math.min(fromIndex, list.size());
        return new Page(list.size(), List.copyOf(list.subList(from, Math.min(list.size(), from + limit))));
    }

    /**
     * Marks read the account's unread receipts with a timestamp before {@code before} ({@code inclusive}: up to
     * and including it), or all of them when {@code before} is null; returns how many.
     */
    synchronized int markRead(String username, Instant before, boolean inclusive) {
        List<SimulatedReceipt> list = unread.getOrDefault(username, new ArrayList<>());
        int count = before == null ? list.size()
                : insertionPoint(list, inclusive ? before.getEpochSecond() : before.getEpochSecond() - 1);
        List<SimulatedReceipt> marked = list.subList(0, count);
        marked.forEach(SimulatedReceipt::markRead);
        marked.clear();
        return count;
    }

    /** The newest receipt of the account for this message id (case-insensitive), read or not, or null. */
    synchronized SimulatedReceipt find(String username, String messageId) {
        String id = messageId.toUpperCase(Locale.ROOT);
        for (int i = all.size() - 1; i >= 0; i--) {
            SimulatedReceipt receipt = all.get(i);
            if (receipt.messageId().equals(id) && receipt.username().equals(username)) {
                return receipt;
            }
        }
        return null;
    }

    synchronized List<SimulatedReceipt> all() {
        return List.copyOf(all);
    }

    synchronized void clear() {
        all.clear();
        unread.clear();
    }

    /** The index after the last receipt with a timestamp of at most {@code seconds} (binary search). */
    private static int insertionPoint(List<SimulatedReceipt> sorted, long seconds) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).timestampSeconds() <= seconds) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
