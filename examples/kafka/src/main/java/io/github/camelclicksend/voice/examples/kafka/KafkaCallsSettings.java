package io.github.camelclicksend.voice.examples.kafka;

/**
 * Where the route reads and writes, and how it batches.
 *
 * @param maxBatch       requests per batch, at most 1000 so that a batch is one ClickSend request (the component's
 *                       batchSize): then a failed request concerns the whole batch and nothing else
 * @param batchTimeoutMs a batch that has not filled up is sent this long after it was started
 */
public record KafkaCallsSettings(String brokers, CallTopics topics, String groupId, int maxBatch, int batchTimeoutMs) {

    public static final int CLICKSEND_BATCH_LIMIT = 1000;

    public KafkaCallsSettings {
        if (maxBatch < 1 || maxBatch > CLICKSEND_BATCH_LIMIT) {
            throw new IllegalArgumentException("maxBatch must be 1.." + CLICKSEND_BATCH_LIMIT + ", was " + maxBatch);
        }
    }

    public static KafkaCallsSettings of(String brokers, CallTopics topics, String groupId) {
        return new KafkaCallsSettings(brokers, topics, groupId, CLICKSEND_BATCH_LIMIT, 500);
    }

    /**
     * Batching consumer: the route gets up to maxBatch records as one exchange, on the polling thread, and commits
     * their offsets itself once their outcome is written. breakOnFirstError makes a failed batch be read again.
     */
    String requestsUri() {
        return "kafka:" + topics.requests() + "?brokers=" + brokers + "&groupId=" + groupId
               + "&autoOffsetReset=earliest&batching=true&maxPollRecords=" + maxBatch
               + "&batchingIntervalMs=" + batchTimeoutMs + "&pollTimeoutMs=" + Math.min(batchTimeoutMs, 200)
               + "&allowManualCommit=true&autoCommitEnable=false&breakOnFirstError=true";
    }

    /** Results by default; a dead letter names its own topic in a header. acks=all and idempotence are defaults. */
    String outcomesUri() {
        return "kafka:" + topics.results() + "?brokers=" + brokers;
    }
}
