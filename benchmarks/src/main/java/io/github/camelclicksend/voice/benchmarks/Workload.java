package io.github.camelclicksend.voice.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The calls every contender places: distinct Australian mobile numbers in E.164 form, a realistic reminder text, a
 * custom string per call, voice female, language en-au, source camel. Each contender turns these into its own input
 * type once, before it is measured.
 */
public final class Workload {

    public static final String VOICE = "female";
    public static final String LANG = "en-au";
    public static final String SOURCE = "camel";
    public static final String USERNAME = "benchmark";
    public static final String API_KEY = "BENCHMARK-KEY";
    /** The Authorization header the hand-written contenders send. */
    public static final String BASIC_AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));

    /** Distinct batches per batch size: inputs are reused round-robin, so no contender sees one object only. */
    public static final int DISTINCT_BATCHES = 8;

    private Workload() {
    }

    /** One call to place. */
    public record Call(String to, String body, String customString) {
    }

    /** The calls of batch number {@code batch} of the given size. */
    public static List<Call> batch(int batch, int size) {
        List<Call> calls = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long n = (long) batch * size + i;
            calls.add(new Call("+6141" + Long.toString(10_000_000 + n % 10_000_000).substring(1), body(n),
                    "order-" + (100_000 + n)));
        }
        return calls;
    }

    /** Batches 0..DISTINCT_BATCHES-1 of this size, converted by the contender. */
    public static <T> List<T> batches(int size, Function<List<Call>, T> convert) {
        List<T> out = new ArrayList<>(DISTINCT_BATCHES);
        for (int b = 0; b < DISTINCT_BATCHES; b++) {
            out.add(convert.apply(batch(b, size)));
        }
        return out;
    }

    private static String body(long n) {
        return "Hello, this is Acme Dental. Your appointment is on Tuesday at " + (9 + n % 8)
               + ":30. Press 1 to confirm or 2 to cancel.";
    }
}
