package io.github.camelclicksend.voice.producer;

import java.util.Arrays;
import java.util.List;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What an answer does to the keys in the repository (the send path around it: IdempotentSendTest). */
class IdempotentCallsTest {

    private final MemoryIdempotentRepository calls =
            (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(100);

    private static List<VoiceMessage> messages(String... keys) {
        return Arrays.stream(keys).map(k -> VoiceMessage.builder().body("call " + k).customString(k).build()).toList();
    }

    @Test
    void throttledKeepsItsKeyARejectionDoesNot() {
        calls.add("sent-before");
        calls.add("refused");
        IdempotentCalls idempotent = new IdempotentCalls(calls, null, new InFlightCalls(), 86_400);

        idempotent.answered(messages("sent-before", "refused"), List.of(0, 1), List.of(
                new VoiceMessageResult(0, "A", "+61411111111", null, "THROTTLED", null, null, "sent-before"),
                new VoiceMessageResult(1, "B", "+61411111111", null, "INVALID_RECIPIENT", null, null, "refused")));

        assertThat(calls.contains("sent-before")).isTrue();
        assertThat(calls.contains("refused")).isFalse();
    }
}
