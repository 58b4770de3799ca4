package io.github.camelclicksend.voice.examples.kafka;

import java.util.concurrent.atomic.AtomicLong;

/** What one route instance did, for the example's printout and the tests. */
public final class CallStats {

    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong results = new AtomicLong();
    private final AtomicLong alreadySent = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong handedOver = new AtomicLong();
    private final AtomicLong outcomeUnknown = new AtomicLong();

    void batchDone(CallBatch batch) {
        batches.incrementAndGet();
        results.addAndGet(batch.results());
        alreadySent.addAndGet(batch.alreadySent());
        deadLetters.addAndGet(batch.deadLetters());
        skipped.addAndGet(batch.skipped());
    }

    void handedOver(int records) {
        handedOver.addAndGet(records);
    }

    void unknownOutcome() {
        outcomeUnknown.incrementAndGet();
    }

    /** Records left out because their partition had moved to another consumer while they waited in a batch. */
    public long handedOver() {
        return handedOver.get();
    }

    /** Batches whose outcome was written. */
    public long batches() {
        return batches.get();
    }

    public long results() {
        return results.get();
    }

    /** Results of calls an earlier attempt had placed: found in ClickSend's history, not placed again. */
    public long alreadySent() {
        return alreadySent.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    /** Records whose id came twice in one batch: sent once. */
    public long skipped() {
        return skipped.get();
    }

    /** Sends that ended in an unknown outcome (ClickSendVoiceOutcomeUnknownException or a 5xx) and were retried. */
    public long unknownOutcomes() {
        return outcomeUnknown.get();
    }

    @Override
    public String toString() {
        return String.format("%d batches, %d results (%d found already placed), %d dead letters, %d duplicates in a "
                             + "batch, %d left to another consumer, %d unknown outcomes settled",
                batches(), results(), alreadySent(), deadLetters(), skipped(), handedOver(), unknownOutcomes());
    }
}
