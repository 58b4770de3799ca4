package io.github.camelclicksend.voice.springboot;

import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceRejectionPolicy;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/** Property binding of each kind of option in a real Spring Boot application, and the component's health check. */
@SpringBootTest(classes = PropertyBindingTest.Application.class, properties = {
        "camel.component.clicksend-voice.lang=en-au",
        "camel.component.clicksend-voice.custom-string=from-properties",
        "camel.component.clicksend-voice.batch-size=250",
        "camel.component.clicksend-voice.connect-timeout=5000",
        "camel.component.clicksend-voice.require-input=true",
        "camel.component.clicksend-voice.machine-detection=true",
        "camel.component.clicksend-voice.rejection-policy=fail-if-all",
        "camel.component.clicksend-voice.voice=male",
        "camel.component.clicksend-voice.ssl-context-parameters=#bean:voiceTls",
        "camel.component.clicksend-voice.api-key={{simulator.api-key}}",
        "camel.health.producers-enabled=true",
        "camel.health.exposure-level=full" })
class PropertyBindingTest {

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.start();
    private static final String WRONG_KEY = "WRONG-9D1B7E22-key";

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.clicksend-voice.base-url", SIMULATOR::baseUrl);
        registry.add("camel.component.clicksend-voice.username", SIMULATOR::username);
        registry.add("simulator.api-key", SIMULATOR::apiKey);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    SSLContextParameters voiceTls;
    @Autowired
    @Qualifier("camelHealth")
    HealthIndicator camelHealth;

    @Test
    void everyKindOfOptionIsBound() {
        ClickSendVoiceComponent component = camelContext.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        ClickSendVoiceConfiguration c = component.getConfiguration();
        assertThat(c.getLang()).isEqualTo("en-au");                                         // text
        assertThat(c.getBatchSize()).isEqualTo(250);                                        // number
        assertThat(c.getConnectTimeout()).isEqualTo(5000);
        assertThat(c.isRequireInput()).isTrue();                                            // boolean
        assertThat(c.getRejectionPolicy()).isEqualTo(ClickSendVoiceRejectionPolicy.FAIL_IF_ALL); // enum
        assertThat(c.getVoice()).isEqualTo("male");
        assertThat(c.getApiKey()).isEqualTo(SIMULATOR.apiKey());                            // secret, placeholder
        assertThat(c.getSslContextParameters()).isSameAs(voiceTls);                         // bean reference
        assertThat(c.getResponseTimeout()).as("unset: the component's default").isEqualTo(30000);
    }

    @Test
    void aCallUsesTheBoundCredentialsAndDefaults() {
        producer.sendBodyAndHeader("clicksend-voice:send", "Hello from Spring Boot",
                "CamelClickSendVoiceTo", "+61411111111");

        assertThat(SIMULATOR.acceptedMessages()).last().satisfies(call -> {
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(call.voice()).isEqualTo("male");
            assertThat(call.customString()).isEqualTo("from-properties");
            assertThat(call.requireInput()).isTrue();
            assertThat(call.machineDetection()).isTrue();
            assertThat(call.username()).isEqualTo(SIMULATOR.username());
        });
    }

    @Test
    void theProducerHealthChecksShowInCamelsSpringBootHealth() {
        Health health = camelHealth.health(true);

        Map<String, Object> checks = health.getDetails().entrySet().stream()
                .filter(e -> e.getKey().startsWith("producer:clicksend-voice-") && !e.getKey().endsWith(".data"))
                .collect(Collectors.toMap(e -> String.valueOf(e.getValue()), Map.Entry::getKey));
        assertThat(checks).as("one check per producer endpoint: %s", health).containsOnlyKeys("UP", "DOWN");
        assertThat(String.valueOf(health.getDetails().get(checks.get("DOWN") + ".data")))
                .contains("clicksend-voice://send?apiKey=xxxxxx").contains("http.response.code=401");
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.toString()).doesNotContain(WRONG_KEY).doesNotContain(SIMULATOR.apiKey());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        SSLContextParameters voiceTls() {
            return new SSLContextParameters();
        }

        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:good").to("clicksend-voice:send");
                    from("direct:refused").to("clicksend-voice:send?apiKey=RAW(" + WRONG_KEY + ")");
                }
            };
        }
    }
}
