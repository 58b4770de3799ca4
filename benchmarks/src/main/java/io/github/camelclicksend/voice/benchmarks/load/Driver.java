package io.github.camelclicksend.voice.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a contender for a while with a number of callers: synchronous contenders get one thread per caller,
 * asynchronous ones keep that many calls in flight from one thread. Counts accepted messages and failed calls; a
 * call whose accepted count differs from the batch size is a failure too.
 */
final class Driver {

    private final Contender contender;
    private final int batchSize;
    private final int concurrency;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String firstError;

    Driver(Contender contender, int batchSize, int concurrency) {
        this.contender = contender;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
    }

    /** Runs for the given time, then waits for calls in flight; returns the measured point. */
    LoadPoint run(double seconds) throws Exception {
        messages.set(0);
        errors.set(0);
        JvmMeter.resetPeakHeap();
        long gc0 = JvmMeter.gcMillis();
        double cpu0 = JvmMeter.processCpuSeconds();
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        if (concurrency > 1 && contender.isAsync()) {
            runAsync(deadline);
        } else {
            runThreads(deadline);
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double cpu = JvmMeter.processCpuSeconds() - cpu0;
        return new LoadPoint(contender.name(), batchSize, concurrency, messages.get(), elapsed, cpu,
                JvmMeter.peakHeapBytes(), JvmMeter.gcMillis() - gc0, errors.get());
    }

    String firstError() {
        return firstError;
    }

    private void runThreads(long deadline) throws InterruptedException {
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        record(contender.send(sequence.getAndIncrement()), null);
                    } catch (Throwable e) {
                        record(0, e);
                    }
                }
            }, "caller-" + c);
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join();
        }
    }

    private void runAsync(long deadline) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        while (System.nanoTime() < deadline) {
            inFlight.acquire();
            try {
                contender.sendAsync(sequence.getAndIncrement())
                        .whenComplete((accepted, failure) -> {
                            record(failure == null ? accepted : 0, failure);
                            inFlight.release();
                        });
            } catch (Throwable e) {
                record(0, e);
                inFlight.release();
            }
        }
        inFlight.acquire(concurrency);
    }

    private void record(int accepted, Throwable failure) {
        if (failure == null && accepted == batchSize) {
            messages.addAndGet(accepted);
            return;
        }
        errors.incrementAndGet();
        if (firstError == null) {
            firstError = failure != null ? failure.toString() : "accepted " + accepted + " of " + batchSize;
        }
    }
}
