package io.github.camelclicksend.voice.examples.yaml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.main.Main;
import org.apache.camel.spi.LogListener;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Camel Main runs the example's YAML routes against the simulator, configured by properties alone. */
class YamlRouteTest {

    static final Path ROUTES = Path.of("src", "main", "resources", "routes", "voice-calls.camel.yaml");

    @Test
    void yamlRoutePlacesTheCallAndReadsEachReceiptOnce() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Instant earlier = Instant.now().minusSeconds(10);
            sim.addPollRule(); // the account polled before: its POLL rule kept these receipts for polling
            // the same receipt twice, as after a poll whose mark-read failed: the idempotent consumer lets one through
            sim.addReceipt("DUPLICATE-1", "201", "Success", "", "earlier", earlier);
            sim.addReceipt("DUPLICATE-1", "201", "Success", "", "earlier", earlier);

            Main main = YamlDslExample.create(sim.baseUrl(), sim.username(), sim.apiKey());
            main.addOverrideProperty("receipts.delay", "100");
            main.bind("logRecorder", (LogListener) (exchange, logger, message) -> {
                logged.add(message);
                return message;
            });
            main.start();
            try {
                await().atMost(Duration.ofSeconds(20)).until(() -> sim.acceptedMessages().size() == 1
                        && logged.stream().anyMatch(m -> m.startsWith("Receipt of " + sim.acceptedMessages().get(0).messageId())));
                // a receipt is marked read once it is older than the consumer's markReadGrace (60 s) on ClickSend's clock
                sim.clock().advance(Duration.ofSeconds(120));
                await().atMost(Duration.ofSeconds(20)).until(() -> sim.receipts().stream().allMatch(SimulatedReceipt::isRead));
            } finally {
                main.stop();
            }

            SimulatedCall call = sim.acceptedMessages().get(0);
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.body()).isEqualTo("Hello from a Camel YAML route. Press 1 to confirm your appointment.");
            assertThat(call.voice()).isEqualTo("female");
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(call.requireInput()).isTrue();
            assertThat(call.customString()).isEqualTo("yaml-dsl");
            assertThat(logged).contains("Queued 1 call, message ids [" + call.messageId() + "]")
                    .contains("Receipt of " + call.messageId() + ": Success: Message received on handset., pressed 1");
            assertThat(logged).filteredOn(m -> m.startsWith("Receipt of DUPLICATE-1")).hasSize(1);
        }
    }

    @Test
    void docsShowTheExampleRoutesAsTheyAre() throws Exception {
        assertThat(DocsSnippets.block("yaml-route")).isEqualTo(Files.readString(ROUTES, StandardCharsets.UTF_8));
    }
}
