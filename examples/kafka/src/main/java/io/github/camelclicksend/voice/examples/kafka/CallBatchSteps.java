package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.processor.idempotent.kafka.KafkaIdempotentRepository;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.examples.kafka.OutcomeRecords.Reason;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/**
 * The four steps of a batch, in this order: read, send, record, commit. All run on the Kafka polling thread (the
 * batching consumer calls the route synchronously, and the two sends below are synchronous), which the manual commit
 * and the partition check need: a Kafka consumer may only be used from its own thread.
 */
final class CallBatchSteps {

    /** rejectionPolicy=IGNORE: every call's own status comes back in the result, accepted or not. */
    static final String SEND_URI = "clicksend-voice:send?rejectionPolicy=IGNORE";
    static final int SEND_ATTEMPTS = 5;
    /** The repository sends each id synchronously; sending many at once lets its producer batch them. */
    static final int CONCURRENT_ID_WRITES = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CallBatchSteps.class);

    private final CamelContext context;
    private final ProducerTemplate template;
    private final KafkaIdempotentRepository recordedIds;
    private final CallRequestReader reader;
    private final KafkaCallsSettings settings;
    private final CallStats stats;
    private final ExecutorService idWriters;

    CallBatchSteps(CamelContext context, KafkaIdempotentRepository recordedIds, CallRequestReader reader,
                   KafkaCallsSettings settings, CallStats stats) {
        this.context = context;
        this.template = context.createProducerTemplate();
        this.recordedIds = recordedIds;
        this.reader = reader;
        this.settings = settings;
        this.stats = stats;
        this.idWriters = context.getExecutorServiceManager().newFixedThreadPool(this, "RecordIds",
                CONCURRENT_ID_WRITES);
    }

    /**
     * Parses and validates each record and leaves out the ids whose outcome is already recorded (records read again
     * after a restart or a failed commit). Records of partitions this consumer no longer owns are left out too: the
     * batching consumer may hold records across a rebalance, and their new owner reads them again.
     */
    void read(Exchange exchange) {
        List<?> records = exchange.getMessage().getBody(List.class);
        Set<TopicPartition> owned = ownedPartitions(records);
        CallBatch batch = new CallBatch(settings.topics().deadLetters());
        Set<String> idsInBatch = new HashSet<>();
        int handedOver = 0;
        for (Object item : records) {
            Exchange record = (Exchange) item;
            TopicPartition partition = new TopicPartition(
                    record.getMessage().getHeader(KafkaConstants.TOPIC, String.class),
                    record.getMessage().getHeader(KafkaConstants.PARTITION, Integer.class));
            if (!owned.contains(partition)) {
                handedOver++;
                continue;
            }
            batch.track(partition, record);
            CallRequest request = reader.read(record.getMessage().getBody(String.class));
            if (request.id() != null && (!idsInBatch.add(request.id()) || recordedIds.contains(request.id()))) {
                batch.skip();
            } else if (request.isValid()) {
                batch.send(request);
            } else {
                batch.deadLetter(request, Reason.INVALID, request.problem());
            }
        }
        stats.handedOver(handedOver);
        exchange.setProperty(CallBatch.PROPERTY, batch);
    }

    /**
     * One clicksend-voice:send for the whole batch. Errors after which nothing was called (429, 503, no connection,
     * 401, 403) are retried on the same exchange, which keeps the component's record of what was sent; if they
     * persist, the batch fails and is read again later. The other errors become dead letters: nothing is ever sent
     * twice here.
     */
    void send(Exchange exchange) throws Exception {
        CallBatch batch = CallBatch.of(exchange);
        if (!batch.hasCallsToSend()) {
            return;
        }
        Exchange call = new DefaultExchange(context);
        call.getIn().setBody(batch.messages());
        for (int attempt = 1;; attempt++) {
            template.send(SEND_URI, call);
            Exception failure = call.getException();
            if (failure == null) {
                batch.answered(call.getMessage().getBody(VoiceSendResult.class));
                return;
            }
            if (!notCalled(failure)) {
                batch.unanswered(reasonOf(failure), failure.getMessage());
                return;
            }
            if (attempt == SEND_ATTEMPTS) {
                throw failure;
            }
            LOG.warn("Batch of {} not sent ({}), attempt {} of {}", batch.messages().size(), failure.getMessage(),
                    attempt, SEND_ATTEMPTS);
            call.setException(null);
            Thread.sleep(250L << attempt);
        }
    }

    /**
     * Writes the results and dead letters (synchronously, acks=all), then adds their ids to the repository. Calls
     * have been placed by now, so a failure here is retried until Kafka takes the records: reading the batch again
     * would call those numbers a second time.
     */
    void record(Exchange exchange) throws InterruptedException {
        CallBatch batch = CallBatch.of(exchange);
        long start = System.nanoTime();
        if (!batch.outcomes().isEmpty()) {
            untilDone("write " + batch.outcomes().size() + " outcome records", () -> {
                Exchange written = template.send(settings.outcomesUri(),
                        e -> e.getIn().setBody(batch.outcomeMessages(context)));
                if (written.getException() != null) {
                    throw written.getException();
                }
            });
        }
        untilDone("record " + batch.decidedIds().size() + " ids", () -> addAll(batch.decidedIds()));
        stats.batchDone(batch, System.nanoTime() - start);
    }

    /** Commits, per partition, the offset after the batch's last record. A failure makes the batch be read again. */
    void commit(Exchange exchange) {
        for (Exchange last : CallBatch.of(exchange).lastRecords().values()) {
            last.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class).commit();
        }
    }

    private void addAll(Set<String> ids) {
        CompletableFuture.allOf(ids.stream()
                .map(id -> CompletableFuture.runAsync(() -> recordedIds.add(id), idWriters))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static Set<TopicPartition> ownedPartitions(List<?> records) {
        for (Object item : records) {
            Object commit = ((Exchange) item).getMessage().getHeader(KafkaConstants.MANUAL_COMMIT);
            if (commit instanceof DefaultKafkaManualCommit manual) {
                return Set.copyOf(manual.getCamelExchangePayload().consumer.assignment());
            }
        }
        throw new IllegalStateException("The requests endpoint must use allowManualCommit=true");
    }

    /** The request provably placed no call, and sending it again may work. */
    private static boolean notCalled(Exception failure) {
        return failure instanceof ClickSendVoiceApiException api
               && (api.isRetrySafe() || api.getHttpCode() == 401 || api.getHttpCode() == 403);
    }

    /** Unless the error proves that nothing was called, the outcome is unknown (e.g. 500, 504, a reset). */
    private static Reason reasonOf(Exception failure) {
        if (failure instanceof ClickSendVoiceValidationException) {
            return Reason.INVALID;
        }
        if (failure instanceof ClickSendVoiceApiException api && api.getHttpCode() > 0 && api.getHttpCode() < 500) {
            return Reason.API_ERROR;
        }
        return Reason.OUTCOME_UNKNOWN;
    }

    private static void untilDone(String what, Step step) throws InterruptedException {
        for (long delay = 500;; delay = Math.min(delay * 2, Duration.ofSeconds(10).toMillis())) {
            try {
                step.run();
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.warn("Could not {} ({}); retrying in {} ms", what, e.getMessage(), delay);
                Thread.sleep(delay);
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
