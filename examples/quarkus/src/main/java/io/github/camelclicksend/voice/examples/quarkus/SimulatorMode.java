package io.github.camelclicksend.voice.examples.quarkus;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.apache.camel.quarkus.core.events.ComponentAddEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * Without ClickSend credentials the service still works: when Camel adds the clicksend-voice component, this starts
 * the ClickSend simulator in-process and points the component at it, so calls are "placed" offline and nobody's phone
 * rings. application.properties takes the credentials from the environment; an empty value counts as not set.
 */
@Singleton
public class SimulatorMode {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorMode.class);

    @ConfigProperty(name = "camel.component.clicksend-voice.username")
    Optional<String> username;
    @ConfigProperty(name = "camel.component.clicksend-voice.api-key")
    Optional<String> apiKey;

    private volatile ClickSendSimulator simulator;

    void onComponentAdd(@Observes ComponentAddEvent event) {
        if (event.getComponent() instanceof ClickSendVoiceComponent clicksendVoice
            && (username.isEmpty() || apiKey.isEmpty())) {
            // Camel Main applies the properties after this event: the simulator's account takes a credential that is set
            simulator = ClickSendSimulator.builder()
                    .credentials(username.orElse(ClickSendSimulator.DEFAULT_USERNAME),
                            apiKey.orElse(ClickSendSimulator.DEFAULT_API_KEY))
                    .start();
            ClickSendVoiceConfiguration configuration = clicksendVoice.getConfiguration();
            configuration.setBaseUrl(simulator.baseUrl());
            configuration.setUsername(simulator.username());
            configuration.setApiKey(simulator.apiKey());
            LOG.info("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not both set: calls go to the ClickSend simulator at {}",
                    simulator.baseUrl());
        }
    }

    /** The simulator the calls go to, or empty when they go to ClickSend. */
    public Optional<ClickSendSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @PreDestroy
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
