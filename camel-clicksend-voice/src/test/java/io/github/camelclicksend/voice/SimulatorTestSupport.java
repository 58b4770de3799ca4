package io.github.camelclicksend.voice;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.ClickSendSimulatorExtension;
import io.github.camelclicksend.voice.simulator.RecordedRequest;

/** A CamelContext whose clicksend-voice component talks over loopback HTTP to a fresh simulator. */
abstract class SimulatorTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    static final String AU_TEST_NUMBER = "+61411111111";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("clicksend-voice", componentFor(SIM.simulator()));
        return context;
    }

    /** A clicksend-voice component that talks to this simulator. */
    static ClickSendVoiceComponent componentFor(ClickSendSimulator simulator) {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setUsername(simulator.username());
        component.getConfiguration().setApiKey(simulator.apiKey());
        return component;
    }

    ClickSendSimulator sim() {
        return SIM.simulator();
    }

    List<RecordedRequest> sends() {
        return sim().requests("POST", "/v3/voice/send");
    }

    /** Sends the body with these headers and returns the exchange, failed or not. */
    Exchange send(String uri, Object body, Object... headerPairs) {
        return template.send(uri, e -> {
            e.getIn().setBody(body);
            for (int i = 0; i < headerPairs.length; i += 2) {
                e.getIn().setHeader((String) headerPairs[i], headerPairs[i + 1]);
            }
        });
    }
}
