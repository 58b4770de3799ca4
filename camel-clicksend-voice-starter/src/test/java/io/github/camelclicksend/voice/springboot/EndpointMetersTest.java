package io.github.camelclicksend.voice.springboot;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Each clicksend-voice endpoint's statistics as meters in Spring Boot's meter registry, against the simulator. */
@SpringBootTest(classes = EndpointMetersTest.Application.class)
class EndpointMetersTest {

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.start();
    private static final String RECEIPTS_USER = "receipts-7f3a";
    private static final String RECEIPTS_KEY = "RECEIPTS-0B9D4E21-key";
    private static final String WRONG_KEY = "WRONG-61C8E3B0-key";
    private static final String ROUTE_URI = "clicksend-voice:send?to=%2B61411111111";

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.clicksend-voice.base-url", SIMULATOR::baseUrl);
        registry.add("camel.component.clicksend-voice.username", SIMULATOR::username);
        registry.add("camel.component.clicksend-voice.api-key", SIMULATOR::apiKey);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Autowired
    MeterRegistry registry;
    @Autowired
    CamelContext camelContext;
    @Autowired
    ProducerTemplate producer;

    @Test
    void theEndpointOfARouteHasItsMetersFromTheStartAndTheyCountItsCalls() {
        String tag = endpoint(ROUTE_URI).getEndpointUri();
        assertThat(tag).isEqualTo("clicksend-voice://send?to=+61411111111");
        assertThat(count("clicksend.voice.calls.sent", tag)).as("registered at startup").isZero();

        producer.sendBody("direct:call", "Your parcel arrives today");
        producer.sendBody("direct:call", "Your parcel arrived");

        assertThat(count("clicksend.voice.api.requests", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.sent", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.accepted", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.rejected", tag)).isZero();
        assertThat(spent(tag, "AUD")).isCloseTo(0.14, within(1e-9));
    }

    @Test
    void anEndpointCreatedAfterStartupGetsMetersThatCountRejectionsFailuresAndUnknownOutcomes() {
        String uri = "clicksend-voice:send?to=%2B61422222222&rejectionPolicy=IGNORE";
        assertThat(camelContext.hasEndpoint(uri)).isNull();

        SIMULATOR.faults().onPath("/voice/send").next(1).respond(503);
        producer.send(uri, exchange -> exchange.getIn().setBody("not processed"));
        SIMULATOR.faults().onPath("/voice/send").next(1).respondAfterProcessing(504);
        producer.send(uri, exchange -> exchange.getIn().setBody("processed, no answer"));
        producer.send(uri, exchange -> exchange.getIn().setBody("accepted"));
        // a contact list the account may not use: ClickSend answers 200 and rejects that message
        producer.send(uri, exchange -> exchange.getIn().setBody(java.util.List.of("accepted too",
                java.util.Map.of("list_id", 999, "body", "rejected"))));

        String tag = endpoint(uri).getEndpointUri();
        assertThat(count("clicksend.voice.calls.sent", tag)).isEqualTo(5);
        assertThat(count("clicksend.voice.calls.failed", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.outcome.unknown", tag)).isEqualTo(1);
        assertThat(count("clicksend.voice.calls.accepted", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.rejected", tag)).isEqualTo(1);
    }

    @Test
    void theTagMasksTheSecretsAndEndpointsThatDifferOnlyInThemAreCountedTogether() throws Exception {
        String good = "clicksend-voice:send?to=%2B61433333333&apiKey=RAW(" + SIMULATOR.apiKey() + ")";
        String wrong = "clicksend-voice:send?to=%2B61433333333&apiKey=RAW(" + WRONG_KEY + ")";
        producer.send(good, exchange -> exchange.getIn().setBody("accepted"));
        Exchange refused = producer.send(wrong, exchange -> exchange.getIn().setBody("refused"));
        assertThat(refused.getException()).isNotNull();

        String tag = endpoint(good).getEndpointUri();
        assertThat(tag).isEqualTo(endpoint(wrong).getEndpointUri()).contains("apiKey=xxxxxx");
        assertThat(count("clicksend.voice.calls.sent", tag)).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.accepted", tag)).isEqualTo(1);
        assertThat(count("clicksend.voice.calls.failed", tag)).isEqualTo(1);

        camelContext.removeEndpoint(endpoint(wrong));
        assertThat(count("clicksend.voice.calls.sent", tag)).as("the other endpoint's meters stay").isEqualTo(1);
        camelContext.removeEndpoint(endpoint(good));
        assertThat(registry.find("clicksend.voice.calls.sent").tag("endpoint", tag).meters()).isEmpty();
        assertThat(registry.find("clicksend.voice.spent").tag("endpoint", tag).meters()).isEmpty();
    }

    @Test
    void receiptsHandedToARouteAreCounted() throws Exception {
        SIMULATOR.addAccount(RECEIPTS_USER, RECEIPTS_KEY);
        for (String id : List.of("A1", "A2", "A3")) {
            SIMULATOR.addReceipt(SimulatedReceipt.builder().username(RECEIPTS_USER).messageId(id));
        }
        String uri = "clicksend-voice:receipts?username=" + RECEIPTS_USER + "&apiKey=RAW(" + RECEIPTS_KEY
                     + ")&initialDelay=0&delay=50";
        camelContext.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("receipts").to("log:receipt?level=DEBUG");
            }
        });

        String tag = endpoint(uri).getEndpointUri();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(count("clicksend.voice.receipts.received", tag)).isEqualTo(3));
        camelContext.getRouteController().stopRoute("receipts");
    }

    @Test
    void noTagHoldsACredential() {
        producer.send("clicksend-voice:send?to=%2B61444444444&username=" + RECEIPTS_USER + "&apiKey=RAW("
                      + RECEIPTS_KEY + ")", exchange -> exchange.getIn().setBody("tags"));

        List<Meter> meters = registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith("clicksend.voice.")).toList();
        assertThat(meters).isNotEmpty();
        for (Meter meter : meters) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain(SIMULATOR.apiKey()).doesNotContain(SIMULATOR.username())
                        .doesNotContain(RECEIPTS_KEY).doesNotContain(RECEIPTS_USER).doesNotContain(WRONG_KEY);
            }
        }
    }

    @Test
    void springBootsMeterFilterTurnsThemOffByTheirNamePrefix() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        CamelAutoConfiguration.class, ClickSendVoiceMetricsAutoConfiguration.class));
        String uri = "clicksend-voice:send?username=u&apiKey=k";

        runner.run(context -> {
            context.getBean(CamelContext.class).getEndpoint(uri);
            assertThat(context.getBean(MeterRegistry.class).find("clicksend.voice.calls.sent").meters()).hasSize(1);
        });
        runner.withPropertyValues("management.metrics.enable.clicksend.voice=false").run(context -> {
            context.getBean(CamelContext.class).getEndpoint(uri);
            assertThat(context.getBean(MeterRegistry.class).find("clicksend.voice.calls.sent").meters()).isEmpty();
        });
    }

    private ClickSendVoiceEndpoint endpoint(String uri) {
        return camelContext.getEndpoint(uri, ClickSendVoiceEndpoint.class);
    }

    private double count(String name, String endpointTag) {
        FunctionCounter counter = registry.find(name).tag("endpoint", endpointTag).functionCounter();
        assertThat(counter).as("meter %s of %s among %s", name, endpointTag, names()).isNotNull();
        return counter.count();
    }

    private double spent(String endpointTag, String currency) {
        FunctionCounter counter = registry.find("clicksend.voice.spent").tags("endpoint", endpointTag, "currency",
                currency).functionCounter();
        assertThat(counter).as("spent in %s by %s", currency, endpointTag).isNotNull();
        return counter.count();
    }

    private List<String> names() {
        return registry.getMeters().stream().map(meter -> meter.getId().toString())
                .filter(id -> id.contains("clicksend")).toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder routes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").to(ROUTE_URI);
                }
            };
        }
    }
}
