package io.github.camelclicksend.voice.examples.kafka;

/**
 * Where the route reads and writes, and how it batches.
 *
 * @param maxBatch       requests per batch, at most 1000 so that a batch is one ClickSend request (the component's
 *                       batchSize): then a failed request concerns the whole batch and nothing else
 * @param batchTimeoutMs a batch that has not filled up is sent this long after it was started
 * @param responseTimeoutMs how long ClickSend may take to answer; after a lost answer, the batch is sent again (and
 *                       its calls looked up in ClickSend's history) once this has passed
 * @param placeOnce      with the component's idempotentRepository (a KafkaIdempotentRepository): each call placed once
 *                       even when a crash makes a batch be read again. Off only to show what it prevents.
 * @param sessionTimeoutMs how long the group waits for an instance that stopped answering (a crash) before its
 *                       partitions move to another
 */
public record KafkaCallsSettings(String brokers, CallTopics topics, String groupId, int maxBatch, int batchTimeoutMs,
                                 int responseTimeoutMs, boolean placeOnce, int sessionTimeoutMs) {

    public static final int CLICKSEND_BATCH_LIMIT = 1000;

    public KafkaCallsSettings {
        if (maxBatch < 1 || maxBatch > CLICKSEND_BATCH_LIMIT) {
            throw new IllegalArgumentException("maxBatch must be 1.." + CLICKSEND_BATCH_LIMIT + ", was " + maxBatch);
        }
    }

    public static KafkaCallsSettings of(String brokers, CallTopics topics, String groupId) {
        return new KafkaCallsSettings(brokers, topics, groupId, CLICKSEND_BATCH_LIMIT, 500, 10_000, true, 10_000);
    }

    public KafkaCallsSettings withMaxBatch(int records) {
        return new KafkaCallsSettings(brokers, topics, groupId, records, batchTimeoutMs, responseTimeoutMs, placeOnce,
                sessionTimeoutMs);
    }

    public KafkaCallsSettings withResponseTimeoutMs(int millis) {
        return new KafkaCallsSettings(brokers, topics, groupId, maxBatch, batchTimeoutMs, millis, placeOnce,
                sessionTimeoutMs);
    }

    public KafkaCallsSettings withPlaceOnce(boolean on) {
        return new KafkaCallsSettings(brokers, topics, groupId, maxBatch, batchTimeoutMs, responseTimeoutMs, on,
                sessionTimeoutMs);
    }

    public KafkaCallsSettings withSessionTimeoutMs(int millis) {
        return new KafkaCallsSettings(brokers, topics, groupId, maxBatch, batchTimeoutMs, responseTimeoutMs, placeOnce,
                millis);
    }

    /**
     * Batching consumer: the route gets up to maxBatch records as one exchange, on the polling thread, and commits
     * their offsets itself once their outcome is written. breakOnFirstError makes a failed batch be read again.
     */
    String requestsUri() {
        return "kafka:" + topics.requests() + "?brokers=" + brokers + "&groupId=" + groupId
               + "&autoOffsetReset=earliest&batching=true&maxPollRecords=" + maxBatch
               + "&batchingIntervalMs=" + batchTimeoutMs + "&pollTimeoutMs=" + Math.min(batchTimeoutMs, 200)
               + "&allowManualCommit=true&autoCommitEnable=false&breakOnFirstError=true&sessionTimeoutMs="
               + sessionTimeoutMs + "&heartbeatIntervalMs=" + Math.max(500, sessionTimeoutMs / 5);
    }

    /** Results by default; a dead letter names its own topic in a header. acks=all and idempotence are defaults. */
    String outcomesUri() {
        return "kafka:" + topics.results() + "?brokers=" + brokers;
    }
}
