package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommit;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.support.DefaultExchange;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.examples.kafka.OutcomeRecords.Reason;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/**
 * The four steps of a batch, in this order: read, send, write, commit. All run on the Kafka polling thread (the
 * batching consumer calls the route synchronously, and the sends below are synchronous), which the manual commit and
 * the partition check need: a Kafka consumer may only be used from its own thread. That each call is placed once, also
 * when a crash makes a batch be read again, is the component's job: its {@code idempotentRepository}.
 */
final class CallBatchSteps {

    /** rejectionPolicy=IGNORE: every call's own status comes back in the result, accepted or not. */
    static final String SEND_URI = "clicksend-voice:send?rejectionPolicy=IGNORE";
    static final int SEND_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(CallBatchSteps.class);

    private final CamelContext context;
    private final ProducerTemplate template;
    private final CallRequestReader reader;
    private final KafkaCallsSettings settings;
    private final CallStats stats;

    CallBatchSteps(CamelContext context, CallRequestReader reader, KafkaCallsSettings settings, CallStats stats) {
        this.context = context;
        this.template = context.createProducerTemplate();
        this.reader = reader;
        this.settings = settings;
        this.stats = stats;
    }

    /**
     * Parses and validates each record; an id twice in one batch is sent once. Records of partitions this consumer no
     * longer owns are left out: the batching consumer may hold records across a rebalance, and their new owner reads
     * them again.
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
            if (request.id() != null && !idsInBatch.add(request.id())) {
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
     * One clicksend-voice:send for the whole batch, sent again on the same exchange while the error says that it may
     * go through: nothing was called (429, 503, no connection, 401, 403), or the outcome is unknown (a lost answer, a
     * 5xx), which the component settles on the next attempt by looking the calls up in ClickSend's history, once the
     * lost request can no longer be in flight. If that persists, the batch fails and is read again later.
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
            if (failure instanceof ClickSendVoiceValidationException || !mayGoThrough(failure)) {
                batch.unanswered(failure instanceof ClickSendVoiceValidationException ? Reason.INVALID : Reason.API_ERROR,
                        failure.getMessage());
                return;
            }
            if (attempt == SEND_ATTEMPTS) {
                throw failure;
            }
            boolean unknown = outcomeUnknown(failure);
            if (unknown) {
                stats.unknownOutcome();
            }
            long wait = unknown ? settings.responseTimeoutMs() : 250L << attempt;
            LOG.warn("Batch of {} not settled ({}), attempt {} of {}, next in {} ms", batch.messages().size(),
                    failure.getMessage(), attempt, SEND_ATTEMPTS, wait);
            call.setException(null);
            Thread.sleep(wait);
        }
    }

    /**
     * Writes the results and dead letters in one synchronous send (acks=all). The calls have been placed by now, so a
     * failure here is retried until Kafka takes the records; should the process die first, the batch is read again
     * and the component finds its calls in ClickSend's history instead of placing them again.
     */
    void write(Exchange exchange) throws InterruptedException {
        CallBatch batch = CallBatch.of(exchange);
        if (!batch.outcomes().isEmpty()) {
            untilDone("write " + batch.outcomes().size() + " outcome records", () -> {
                Exchange written = template.send(settings.outcomesUri(),
                        e -> e.getIn().setBody(batch.outcomeMessages(context)));
                if (written.getException() != null) {
                    throw written.getException();
                }
            });
        }
        stats.batchDone(batch);
    }

    /** Commits, per partition, the offset after the batch's last record. A failure makes the batch be read again. */
    void commit(Exchange exchange) {
        for (Exchange last : CallBatch.of(exchange).lastRecords().values()) {
            last.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class).commit();
        }
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

    /** Nothing was called and a retry may work, or the outcome is unknown and the next attempt looks it up. */
    private static boolean mayGoThrough(Exception failure) {
        return outcomeUnknown(failure) || failure instanceof ClickSendVoiceApiException api
                                          && (api.isRetrySafe() || api.getHttpCode() == 401 || api.getHttpCode() == 403);
    }

    private static boolean outcomeUnknown(Exception failure) {
        return failure instanceof ClickSendVoiceOutcomeUnknownException
               || failure instanceof ClickSendVoiceApiException api && api.isOutcomeUnknown();
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
