package io.github.camelclicksend.voice.examples.yaml;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.xml.in.ModelParser;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The XML routes shown on the component page, read from the page itself, run against the simulator. */
class XmlRouteFromDocsTest {

    static final String XML_IO_NAMESPACE = "http://camel.apache.org/schema/xml-io";

    @Test
    void xmlRouteOfTheDocsPlacesTheCallAndReadsTheReceipt() throws Exception {
        RoutesDefinition routes = new ModelParser(new StringReader(DocsSnippets.block("xml-route")), XML_IO_NAMESPACE)
                .parseRoutesDefinition().orElseThrow();
        List<String> logged = new CopyOnWriteArrayList<>();
        try (ClickSendSimulator sim = ClickSendSimulator.start(); DefaultCamelContext context = new DefaultCamelContext()) {
            ClickSendVoiceComponent clicksend = new ClickSendVoiceComponent();
            clicksend.getConfiguration().setBaseUrl(sim.baseUrl());
            clicksend.getConfiguration().setUsername(sim.username());
            clicksend.getConfiguration().setApiKey(sim.apiKey());
            context.addComponent("clicksend-voice", clicksend);
            Properties properties = new Properties();
            properties.setProperty("call.to", "+61411111111");
            properties.setProperty("receipts.delay", "100");
            context.getPropertiesComponent().setInitialProperties(properties);
            context.getRegistry().bind("receiptIds", new MemoryIdempotentRepository());
            context.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
                logged.add(message);
                return message;
            });
            context.addRouteDefinitions(routes.getRoutes());
            context.start();

            await().atMost(Duration.ofSeconds(20)).until(() -> sim.acceptedMessages().size() == 1
                    && logged.stream().anyMatch(m -> m.startsWith("Receipt of " + sim.acceptedMessages().get(0).messageId())));
            // a receipt is marked read once it is older than the consumer's markReadGrace (60 s) on ClickSend's clock
            sim.clock().advance(Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(20)).until(() -> sim.receipts().stream().allMatch(SimulatedReceipt::isRead));

            SimulatedCall call = sim.acceptedMessages().get(0);
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.body()).isEqualTo("Hello from a Camel XML route. Press 1 to confirm your appointment.");
            assertThat(call.voice()).isEqualTo("female");
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(call.requireInput()).isTrue();
            assertThat(call.customString()).isEqualTo("xml-dsl");
            assertThat(logged).contains("Queued 1 call, message ids [" + call.messageId() + "]")
                    .contains("Receipt of " + call.messageId() + ": Success: Message received on handset., pressed 1");
        }
    }
}
