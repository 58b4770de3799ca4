package io.github.camelclicksend.voice.examples.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.apache.kafka.common.TopicPartition;

import io.github.camelclicksend.voice.examples.kafka.OutcomeRecords.Reason;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/** One batch of records on its way through the route: what to send, what came of it, what to commit. */
final class CallBatch {

    static final String PROPERTY = "CallBatch";

    private final String deadLetterTopic;
    private final Map<TopicPartition, Exchange> lastRecords = new LinkedHashMap<>();
    private final List<CallRequest> toSend = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private int results;
    private int alreadySent;
    private int deadLetters;
    private int skipped;

    /** A record to write: its topic (null: the results topic), key (the request id) and JSON. */
    record Outcome(String topic, String key, String json) {
    }

    CallBatch(String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
    }

    static CallBatch of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, CallBatch.class);
    }

    /** Remembers the record with the highest offset per partition: committing it commits all before it. */
    void track(TopicPartition partition, Exchange record) {
        lastRecords.merge(partition, record, (a, b) -> offset(b) > offset(a) ? b : a);
    }

    private static long offset(Exchange record) {
        return record.getMessage().getHeader(KafkaConstants.OFFSET, Long.class);
    }

    void send(CallRequest request) {
        toSend.add(request);
    }

    void skip() {
        skipped++;
    }

    List<VoiceMessage> messages() {
        return toSend.stream().map(CallRequest::message).toList();
    }

    boolean hasCallsToSend() {
        return !toSend.isEmpty();
    }

    /**
     * ClickSend answered: one result per accepted call (also per call an earlier attempt placed, found in ClickSend's
     * history), one dead letter per rejected one.
     */
    void answered(VoiceSendResult result) {
        for (VoiceMessageResult call : result.getMessages()) {
            CallRequest request = toSend.get(call.getIndex());
            if (call.isAccepted()) {
                outcomes.add(new Outcome(null, request.id(), OutcomeRecords.result(request.id(), call,
                        result.getCurrency())));
                results++;
                alreadySent += call.isAlreadySent() ? 1 : 0;
            } else {
                deadLetter(request, Reason.REJECTED, call.getStatus());
            }
        }
    }

    /** Every request still to send gets this dead letter (the batch is one ClickSend request). */
    void unanswered(Reason reason, String detail) {
        toSend.forEach(r -> deadLetter(r, reason, detail));
    }

    void deadLetter(CallRequest request, Reason reason, String detail) {
        outcomes.add(new Outcome(deadLetterTopic, request.id(),
                OutcomeRecords.deadLetter(request.id(), reason, detail, request.text())));
        deadLetters++;
    }

    List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * The results and dead letters as messages for the kafka producer, which sends a list as one batch. New ones on
     * every call: the producer removes the topic header from the messages it sends.
     */
    List<Message> outcomeMessages(CamelContext context) {
        List<Message> messages = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            Message message = new DefaultMessage(context);
            message.setBody(outcome.json());
            message.setHeader(KafkaConstants.KEY, outcome.key());
            if (outcome.topic() != null) {
                message.setHeader(KafkaConstants.OVERRIDE_TOPIC, outcome.topic());
            }
            messages.add(message);
        }
        return messages;
    }

    Map<TopicPartition, Exchange> lastRecords() {
        return lastRecords;
    }

    int results() {
        return results;
    }

    int deadLetters() {
        return deadLetters;
    }

    int alreadySent() {
        return alreadySent;
    }

    int skipped() {
        return skipped;
    }
}
