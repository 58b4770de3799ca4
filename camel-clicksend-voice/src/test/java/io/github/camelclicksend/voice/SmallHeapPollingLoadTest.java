package io.github.camelclicksend.voice;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 unread receipts polled by a consumer whose JVM has a 96 MB heap (a child JVM; the simulator and its
 * receipts stay in this one): each handed over once, all marked read. The old consumer read the whole backlog into
 * memory first. Prints the time and the child's peak heap; asserts no figure of speed. Runs only with -Pload.
 */
@Tag("load")
class SmallHeapPollingLoadTest {

    private static final int RECEIPTS = Integer.getInteger("load.receipts", 100_000);
    private static final String HEAP = System.getProperty("load.pollerHeap", "96m");
    private static final Pattern RESULT = Pattern.compile(
            "RESULT handed=(\\d+) distinct=(\\d+) millis=(\\d+) peakHeapMb=(\\d+)");

    @Test
    void hundredThousandUnreadReceiptsArePolledInASmallHeap() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().maxRecordedRequests(1000).start()) {
            // the account's configuration: ClickSend keeps receipts for polling only while a POLL rule exists, and
            // these arrive before the consumer's first poll (the child also counts them with the receipts operation)
            sim.addPollRule();
            sim.addReceipts(RECEIPTS, SimulatedReceipt.builder().statusCode("201").digits("1")
                    .timestamp(Instant.now().minusSeconds(3600)));
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-Dlog4j2.configurationFile=log4j2-child.xml",
                    "-cp", System.getProperty("java.class.path"), SmallHeapPoller.class.getName(), sim.baseUrl(),
                    sim.username(), sim.apiKey(), String.valueOf(RECEIPTS)).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            }
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(String.join("\n", output)).isZero();

            Matcher result = output.stream().map(RESULT::matcher).filter(Matcher::matches).findFirst().orElseThrow();
            assertThat(Integer.parseInt(result.group(1))).as("handed over").isEqualTo(RECEIPTS);
            assertThat(Integer.parseInt(result.group(2))).as("distinct").isEqualTo(RECEIPTS);
            assertThat(sim.receipts()).hasSize(RECEIPTS).allMatch(SimulatedReceipt::isRead);
            System.out.printf("[figures] %d unread receipts polled with -Xmx%s: %s ms, heap pools' peaks summed %s MB, %d mark-read"
                              + " request(s)%n", RECEIPTS, HEAP, result.group(3), result.group(4),
                    sim.requests("PUT", "/v3/voice/receipts-read").size());
        }
    }
}
