package io.github.camelclicksend.voice.examples.kafka;

import java.util.List;

/**
 * The four topics of the example: call requests in, one result per call out, dead letters out, and the ids whose
 * call was placed (the component's {@code KafkaIdempotentRepository}, its own topic).
 */
public record CallTopics(String requests, String results, String deadLetters, String placedCalls) {

    public static CallTopics withPrefix(String prefix) {
        return new CallTopics(prefix + "call-requests", prefix + "call-results", prefix + "call-dead-letters",
                prefix + "call-placed");
    }

    public List<String> all() {
        return List.of(requests, results, deadLetters, placedCalls);
    }
}
