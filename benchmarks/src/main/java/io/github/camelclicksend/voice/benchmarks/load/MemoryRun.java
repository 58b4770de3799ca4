package io.github.camelclicksend.voice.benchmarks.load;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * Child-process entry point, run under a small heap (-Xmx256m): a million messages through the component, in
 * exchanges of 1000 built as they go (as a stream of incoming work would be), 8 in flight. Prints one
 * {@code MEMORY} line: messages, seconds, peak heap, GC time and count, and the heap in use after a final GC.
 * <p>
 * Arguments: baseUrl totalMessages
 */
public final class MemoryRun {

    public static final String PREFIX = "MEMORY\t";
    private static final int BATCH = 1000;
    private static final int IN_FLIGHT = 8;

    private MemoryRun() {
    }

    /** What the run measured. */
    public record Result(long messages, double seconds, long peakHeapBytes, long gcMillis, long gcCount,
                         long heapAfterGcBytes, long maxHeapBytes, long errors) {

        public String toLine() {
            return PREFIX + messages + "\t" + seconds + "\t" + peakHeapBytes + "\t" + gcMillis + "\t" + gcCount + "\t"
                   + heapAfterGcBytes + "\t" + maxHeapBytes + "\t" + errors;
        }

        public static Result parse(String line) {
            String[] f = line.substring(PREFIX.length()).split("\t");
            return new Result(Long.parseLong(f[0]), Double.parseDouble(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                    Long.parseLong(f[7]));
        }
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        long total = Long.parseLong(args[1]);
        int batches = (int) (total / BATCH);
        AtomicLong accepted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        try (ComponentContender component = new ComponentContender(baseUrl)) {
            component.prepare(1);
            component.send(0); // starts the client before the meters
            JvmMeter.resetPeakHeap();
            long gc0 = JvmMeter.gcMillis();
            long gcCount0 = JvmMeter.gcCount();
            long t0 = System.nanoTime();
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            for (int b = 0; b < batches; b++) {
                List<VoiceMessage> batch = Workload.batch(b, BATCH).stream()
                        .map(c -> VoiceMessage.builder().to(c.to()).body(c.body()).customString(c.customString()).build())
                        .toList();
                inFlight.acquire();
                CompletableFuture<Integer> sent = component.sendAsync(batch);
                sent.whenComplete((n, failure) -> {
                    if (failure == null && n == BATCH) {
                        accepted.addAndGet(n);
                    } else {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, failure);
                    }
                    inFlight.release();
                });
            }
            inFlight.acquire(IN_FLIGHT);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = JvmMeter.peakHeapBytes();
            long gcMillis = JvmMeter.gcMillis() - gc0;
            long gcCount = JvmMeter.gcCount() - gcCount0;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            Result result = new Result(accepted.get(), seconds, peak, gcMillis, gcCount, rt.totalMemory() - rt.freeMemory(),
                    rt.maxMemory(), errors.get());
            System.out.println(result.toLine());
            if (firstError.get() != null) {
                System.out.println("ERROR\tmemory run\t" + firstError.get());
            }
        }
        System.exit(0);
    }
}
