package io.github.camelclicksend.voice;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelclicksend.voice.client.HttpTransport;
import io.github.camelclicksend.voice.simulator.ClickSendSimulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Faults leave no connection leased, and stopping the context leaves none of the component's threads behind. */
class ResourceLeakTest {

    @RegisterExtension
    static final ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static List<String> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("idle-connection-evictor") || n.startsWith("httpclient")
                             || n.contains("ClickSendVoice"))
                .toList();
    }

    @Test
    void faultsLeaveNoConnectionLeasedAndStoppingLeavesNoThread() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> componentThreads().isEmpty());
        CamelContext context = new DefaultCamelContext();
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(SIM.baseUrl());
        component.getConfiguration().setUsername(SIM.username());
        component.getConfiguration().setApiKey(SIM.apiKey());
        context.addComponent("clicksend-voice", component);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        String uri = "clicksend-voice:send?to=%2B61411111111&responseTimeout=300";
        List<String> bodies = IntStream.range(0, 50).mapToObj(i -> "call " + i).toList();

        SIM.faults().next(1).dropAfterProcessing();
        SIM.faults().next(1).closeWithoutResponse();
        SIM.faults().next(1).dropBeforeBody();
        SIM.faults().next(1).trickle(Duration.ofSeconds(1), 1);
        SIM.faults().next(1).malformedJson();
        for (int i = 0; i < 5; i++) {
            String body = "faulted " + i;
            assertThat(template.send(uri, e -> e.getIn().setBody(body)).getException()).isNotNull();
        }
        for (String body : bodies) {
            template.asyncSendBody(uri + "&batchSize=7", List.of(body, body + "."));
        }
        // four of the faults let the simulator place the call first
        await().atMost(Duration.ofSeconds(20)).until(() -> SIM.acceptedMessages().size() == 4 + 100);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(context.getInflightRepository().size()).isZero();
            for (HttpTransport t : component.transports()) {
                assertThat(t.poolStats().getLeased()).isZero();
                assertThat(t.poolStats().getPending()).isZero();
            }
        });
        assertThat(componentThreads()).isNotEmpty();

        context.stop();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(componentThreads()).isEmpty());
        assertThat(component.transports()).isEmpty();
    }
}
