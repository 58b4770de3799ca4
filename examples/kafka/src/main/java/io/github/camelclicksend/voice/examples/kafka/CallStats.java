package io.github.camelclicksend.voice.examples.kafka;

import java.util.concurrent.atomic.AtomicLong;

/** What one route instance did, for the example's printout and the tests. */
public final class CallStats {

    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong results = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong handedOver = new AtomicLong();
    private final AtomicLong recordNanosTotal = new AtomicLong();
    private final AtomicLong recordNanosMax = new AtomicLong();

    void batchDone(CallBatch batch, long recordNanos) {
        batches.incrementAndGet();
        results.addAndGet(batch.results());
        deadLetters.addAndGet(batch.deadLetters());
        skipped.addAndGet(batch.skipped());
        recordNanosTotal.addAndGet(recordNanos);
        recordNanosMax.accumulateAndGet(recordNanos, Math::max);
    }

    void handedOver(int records) {
        handedOver.addAndGet(records);
    }

    /** Records left out because their partition had moved to another consumer while they waited in a batch. */
    public long handedOver() {
        return handedOver.get();
    }

    /** Batches whose offsets were committed. */
    public long batches() {
        return batches.get();
    }

    public long results() {
        return results.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** Records read again whose id already had an outcome, so they were neither sent nor recorded again. */
    public long skipped() {
        return skipped.get();
    }

    /**
     * The longest time, in ms, from ClickSend's answer to the ids being in the repository: the window in which a
     * crash would make the batch be called again.
     */
    public double maxRecordMillis() {
        return recordNanosMax.get() / 1e6;
    }

    public double meanRecordMillis() {
        long n = batches.get();
        return n == 0 ? 0 : recordNanosTotal.get() / 1e6 / n;
    }

    @Override
    public String toString() {
        return String.format("%d batches, %d results, %d dead letters, %d re-read and skipped, %d left to another "
                             + "consumer; ClickSend answer to ids recorded: mean %.1f ms, max %.1f ms per batch",
                batches(), results(), deadLetters(), skipped(), handedOver(), meanRecordMillis(), maxRecordMillis());
    }
}
