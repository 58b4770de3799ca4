package io.github.camelclicksend.voice.benchmarks.load;

import java.util.concurrent.CompletableFuture;

/**
 * One way of placing a batch of calls. {@link #prepare} builds the contender's own input objects once per batch
 * size, outside the measurement; {@link #send} places batch {@code i % DISTINCT_BATCHES} and returns how many calls
 * the API accepted.
 */
public interface Contender extends AutoCloseable {

    String name();

    void prepare(int batchSize) throws Exception;

    /** Blocks until the answer is read. */
    int send(int i) throws Exception;

    /** Whether {@link #sendAsync} is the natural way to run this contender with several callers. */
    default boolean isAsync() {
        return false;
    }

    default CompletableFuture<Integer> sendAsync(int i) {
        throw new UnsupportedOperationException(name() + " is synchronous");
    }

    @Override
    default void close() throws Exception {
    }

    static Contender named(String name, String baseUrl) throws Exception {
        return switch (name) {
            case ComponentContender.NAME -> new ComponentContender(baseUrl);
            case ComponentContender.ASYNC_API_NAME -> new ComponentContender(baseUrl, true);
            case CamelHttpContender.NAME -> new CamelHttpContender(baseUrl);
            case JdkHttpContender.NAME -> new JdkHttpContender(baseUrl);
            case HttpClient5Contender.NAME -> new HttpClient5Contender(baseUrl);
            case HttpClient5ClassicContender.NAME -> new HttpClient5ClassicContender(baseUrl);
            case SdkContender.NAME -> new SdkContender(baseUrl);
            default -> throw new IllegalArgumentException("no contender " + name);
        };
    }
}
