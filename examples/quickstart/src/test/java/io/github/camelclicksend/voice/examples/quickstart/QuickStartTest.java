package io.github.camelclicksend.voice.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartTest {

    @Test
    void placesEveryCallOfTheCsvAndPrintsTheTable() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ClickSendSimulator simulator = ClickSendSimulator.start();
             PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {

            VoiceSendResult result = QuickStart.run(simulator.baseUrl(), simulator.username(), simulator.apiKey(), out);

            String table = buffer.toString(StandardCharsets.UTF_8);
            assertThat(simulator.acceptedMessages()).extracting(SimulatedCall::to)
                    .containsExactly("+61411111111", "+61422222222", "+14055555555", "+447777777777");
            assertThat(result.getAccepted()).hasSize(4);
            for (SimulatedCall call : simulator.acceptedMessages()) {
                assertThat(table).containsPattern("\\Q" + call.to() + "\\E\\s+SUCCESS\\s+" + call.messageId());
            }
            assertThat(table).contains("Total: 4 calls, 4 queued, 0 rejected, " + result.getTotalPrice() + " AUD");
            assertThat(simulator.acceptedMessages().get(1).voice()).isEqualTo("male");
        }
    }
}
