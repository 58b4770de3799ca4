package io.github.camelclicksend.voice.examples.springboot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * Without ClickSend credentials the service still works: it starts the ClickSend simulator in-process and points the
 * component at it, so calls are "placed" offline and nobody's phone rings, and has the simulator push the calls'
 * receipts back to the service's webhook.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SimulatorMode.NoCredentials.class)
public class SimulatorMode {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorMode.class);

    @Bean(destroyMethod = "close")
    ClickSendSimulator clickSendSimulator(CamelContext camelContext) {
        ClickSendSimulator simulator = ClickSendSimulator.start();
        // Camel creates the component here, and the starter applies the camel.component.clicksend-voice properties
        ClickSendVoiceConfiguration configuration =
                camelContext.getComponent("clicksend-voice", ClickSendVoiceComponent.class).getConfiguration();
        configuration.setBaseUrl(simulator.baseUrl());
        configuration.setUsername(simulator.username());
        configuration.setApiKey(simulator.apiKey());
        if (configuration.getWebhookToken() == null || configuration.getWebhookToken().isBlank()) {
            configuration.setWebhookToken(UUID.randomUUID().toString());
        }
        LOG.info("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not both set: calls go to the ClickSend simulator at {}",
                simulator.baseUrl());
        return simulator;
    }

    /** What a user does once in ClickSend's dashboard: a receipt rule that pushes to this service's webhook. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> pushReceiptsHere(ClickSendSimulator simulator,
                                                                   CamelContext camelContext) {
        return event -> {
            ClickSendVoiceConfiguration c =
                    camelContext.getComponent("clicksend-voice", ClickSendVoiceComponent.class).getConfiguration();
            simulator.addReceiptRule("URL", "http://127.0.0.1:" + event.getWebServer().getPort() + c.getWebhookPath()
                                            + "?token=" + URLEncoder.encode(c.getWebhookToken(), StandardCharsets.UTF_8));
        };
    }

    /** Matches when the component's username or API key is missing; application.yml takes them from the environment. */
    static class NoCredentials implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return blank(env.getProperty("camel.component.clicksend-voice.username"))
                   || blank(env.getProperty("camel.component.clicksend-voice.api-key"));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
