package io.github.camelclicksend.voice.springboot;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

import org.apache.camel.CamelContext;
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
import io.github.camelclicksend.voice.simulator.ReceiptRule;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The clicksend-voice endpoints' statistics as meters per operation in Spring Boot's meter registry, against the simulator. */
@SpringBootTest(classes = EndpointMetersTest.Application.class)
class EndpointMetersTest {

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.start();
    private static final String RECEIPTS_USER = "receipts-7f3a";
    private static final String RECEIPTS_KEY = "RECEIPTS-0B9D4E21-key";
    private static final String ROUTE_URI = "clicksend-voice:send?to=%2B61411111111";
    private static final String OPERATION = "operation";

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
    void theMetersOfAnOperationAreThereFromTheStartAndCountItsCalls() {
        assertThat(registry.find("clicksend.voice.calls.sent").tag(OPERATION, "send").functionCounter())
                .as("registered at startup").isNotNull();
        double requests = count("clicksend.voice.api.requests", "send");
        double sent = count("clicksend.voice.calls.sent", "send");
        double accepted = count("clicksend.voice.calls.accepted", "send");
        double rejected = count("clicksend.voice.calls.rejected", "send");
        double spent = spentOrZero("send", "AUD");

        producer.sendBody("direct:call", "Your parcel arrives today");
        producer.sendBody("direct:call", "Your parcel arrived");

        assertThat(count("clicksend.voice.api.requests", "send") - requests).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.sent", "send") - sent).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.accepted", "send") - accepted).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.rejected", "send") - rejected).isZero();
        assertThat(spentOrZero("send", "AUD") - spent).isCloseTo(0.14, within(1e-9));
    }

    @Test
    void endpointsCreatedAfterStartupCountInTheirOperationsMetersWithRejectionsFailuresAndUnknownOutcomes() {
        String uri = "clicksend-voice:send?to=%2B61422222222&rejectionPolicy=IGNORE";
        assertThat(camelContext.hasEndpoint(uri)).isNull();
        double sent = count("clicksend.voice.calls.sent", "send");
        double failed = count("clicksend.voice.calls.failed", "send");
        double unknown = count("clicksend.voice.calls.outcome.unknown", "send");
        double accepted = count("clicksend.voice.calls.accepted", "send");
        double rejected = count("clicksend.voice.calls.rejected", "send");

        SIMULATOR.faults().onPath("/voice/send").next(1).respond(503);
        producer.send(uri, exchange -> exchange.getIn().setBody("not processed"));
        SIMULATOR.faults().onPath("/voice/send").next(1).respondAfterProcessing(504);
        producer.send(uri, exchange -> exchange.getIn().setBody("processed, no answer"));
        producer.send(uri, exchange -> exchange.getIn().setBody("accepted"));
        // a contact list the account may not use: ClickSend answers 200 and rejects that message
        producer.send(uri, exchange -> exchange.getIn().setBody(List.of("accepted too",
                Map.of("list_id", 999, "body", "rejected"))));

        assertThat(count("clicksend.voice.calls.sent", "send") - sent).isEqualTo(5);
        assertThat(count("clicksend.voice.calls.failed", "send") - failed).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.outcome.unknown", "send") - unknown).isEqualTo(1);
        assertThat(count("clicksend.voice.calls.accepted", "send") - accepted).isEqualTo(2);
        assertThat(count("clicksend.voice.calls.rejected", "send") - rejected).isEqualTo(1);
    }

    @Test
    void theMetersOfAnOperationGoWithItsLastEndpointAndNeverCountBackwards() throws Exception {
        String first = "clicksend-voice:languages";
        String second = "clicksend-voice:languages?responseTimeout=20000";
        producer.send(first, exchange -> exchange.getIn().setBody(null));
        producer.send(second, exchange -> exchange.getIn().setBody(null));
        assertThat(count("clicksend.voice.api.requests", "languages")).isEqualTo(2);

        camelContext.removeEndpoint(endpoint(second));
        assertThat(count("clicksend.voice.api.requests", "languages")).as("a counter never goes back").isEqualTo(2);
        camelContext.removeEndpoint(endpoint(first));
        assertThat(registry.find("clicksend.voice.api.requests").tag(OPERATION, "languages").meters()).isEmpty();
    }

    @Test
    void receiptsHandedToARouteAreCounted() throws Exception {
        SIMULATOR.addAccount(RECEIPTS_USER, RECEIPTS_KEY);
        // the account keeps receipts for polling, as ClickSend does only under a POLL rule
        SIMULATOR.addReceiptRule(RECEIPTS_USER, "polling", ReceiptRule.MATCH_ALL, ReceiptRule.POLL, "poll", true);
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

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(count("clicksend.voice.receipts.received", "receipts")).isEqualTo(3));
        camelContext.getRouteController().stopRoute("receipts");
    }

    @Test
    void noTagHoldsACredentialOrAPhoneNumber() {
        producer.send("clicksend-voice:send?to=%2B61444444444&username=" + RECEIPTS_USER + "&apiKey=RAW("
                      + RECEIPTS_KEY + ")", exchange -> exchange.getIn().setBody("tags"));

        List<Meter> meters = registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith("clicksend.voice.")).toList();
        assertThat(meters).isNotEmpty();
        for (Meter meter : meters) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getKey()).isIn(OPERATION, "currency");
                assertThat(tag.getValue()).doesNotContainPattern("[0-9]").doesNotContain(SIMULATOR.apiKey()).doesNotContain(SIMULATOR.username())
                        .doesNotContain(RECEIPTS_KEY).doesNotContain(RECEIPTS_USER);
            }
        }
    }

    /** Camel's endpoint cache holds 1,000 endpoints: it evicts the others without telling, and so without a remove. */
    @Test
    void endpointsWithDistinctNumbersMakeNoNewMetersAndThoseEvictedAreNotKept() {
        runner().run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            for (int i = 0; i < 1_500; i++) {
                camel.getEndpoint("clicksend-voice:send?username=u&apiKey=k&to=%2B614" + (10_000_000 + i));
            }
            assertThat(camel.getEndpointRegistry().size()).isEqualTo(1_000);
            assertThat(meters.getMeters().stream().filter(meter -> meter.getId().getName()
                    .startsWith("clicksend.voice.")).count()).as("one meter per count of the send operation")
                    .isEqualTo(7);
            EndpointMeters endpointMeters = camel.getLifecycleStrategies().stream()
                    .filter(EndpointMeters.class::isInstance).map(EndpointMeters.class::cast).findFirst().orElseThrow();
            assertThat(endpointMeters.endpointsCounted()).isLessThanOrEqualTo(1_000 + 64);
        });
    }

    @Test
    void springBootsMeterFilterTurnsThemOffByTheirNamePrefix() {
        ApplicationContextRunner runner = runner();
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

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                CamelAutoConfiguration.class, ClickSendVoiceMetricsAutoConfiguration.class));
    }

    private ClickSendVoiceEndpoint endpoint(String uri) {
        return camelContext.getEndpoint(uri, ClickSendVoiceEndpoint.class);
    }

    private double count(String name, String operation) {
        FunctionCounter counter = registry.find(name).tag(OPERATION, operation).functionCounter();
        assertThat(counter).as("meter %s of %s among %s", name, operation, names()).isNotNull();
        return counter.count();
    }

    private double spentOrZero(String operation, String currency) {
        FunctionCounter counter = registry.find("clicksend.voice.spent").tags(OPERATION, operation, "currency",
                currency).functionCounter();
        return counter == null ? 0 : counter.count();
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
