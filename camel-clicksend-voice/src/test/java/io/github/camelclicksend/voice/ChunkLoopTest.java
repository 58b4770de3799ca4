package io.github.camelclicksend.voice;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chunks of one exchange are sent in a plain loop: the stack does not grow with their number, so a caller with
 * a small stack, or one already deep in a route, can send any number of them.
 */
class ChunkLoopTest extends SimulatorTestSupport {

    private static final int CHUNKS = 5_000;
    private static final long SMALL_STACK_BYTES = 256 * 1024;

    @Test
    void fiveThousandChunksFromASmallStackAreEachAcceptedOnce() throws Exception {
        List<String> bodies = IntStream.range(0, CHUNKS).mapToObj(i -> "call " + i).toList();
        AtomicReference<Exchange> result = new AtomicReference<>();
        AtomicReference<Throwable> crash = new AtomicReference<>();

        Thread caller = new Thread(null, () -> {
            try {
                result.set(send("clicksend-voice:send?to=%2B61411111111&batchSize=1", bodies));
            } catch (Throwable t) {
                crash.set(t);
            }
        }, "small-stack-caller", SMALL_STACK_BYTES);
        caller.start();
        caller.join();

        assertThat(crash.get()).isNull();
        Exchange ex = result.get();
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getAccepted()).hasSize(CHUNKS);
        assertThat(ex.getMessage().getHeader(ClickSendVoiceConstants.BATCH_COUNT)).isEqualTo(CHUNKS);
        assertThat(sends()).hasSize(CHUNKS);
        List<String> accepted = sim().acceptedMessages().stream().map(SimulatedCall::body).toList();
        assertThat(new HashSet<>(accepted)).containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(accepted).hasSize(CHUNKS);
    }
}
