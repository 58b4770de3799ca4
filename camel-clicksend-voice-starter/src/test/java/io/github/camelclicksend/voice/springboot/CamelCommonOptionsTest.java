package io.github.camelclicksend.voice.springboot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** lazy-start-producer, bridge-error-handler and autowired-enabled do what they do in every Camel starter. */
class CamelCommonOptionsTest {

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.start();
    private static final String WRONG_KEY = "WRONG-3C55A1F0-key";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    ClickSendVoiceComponentConverter.class, ClickSendVoiceComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.clicksend-voice.base-url=" + SIMULATOR.baseUrl(),
                    "camel.component.clicksend-voice.username=" + SIMULATOR.username(),
                    "camel.component.clicksend-voice.api-key=" + SIMULATOR.apiKey());

    @AfterEach
    void reset() {
        SIMULATOR.reset();
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Test
    void lazyStartProducerStartsTheProducerOnTheFirstMessage() {
        runner.withBean(RouteBuilder.class, () -> route("direct:call", "clicksend-voice:send?to=%2B61411111111"))
                .withPropertyValues("camel.component.clicksend-voice.lazy-start-producer=true").run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    assertThat(camel.getEndpoint("clicksend-voice:send?to=%2B61411111111", DefaultEndpoint.class)
                            .isLazyStartProducer()).isTrue();
                    assertThat(producerChecks(camel)).as("not started yet").isEmpty();

                    context.getBean(ProducerTemplate.class).sendBody("direct:call", "Hello");

                    assertThat(producerChecks(camel)).as("started by the first message").hasSize(1);
                    assertThat(SIMULATOR.acceptedMessages()).hasSize(1);
                });
        runner.withBean(RouteBuilder.class, () -> route("direct:call", "clicksend-voice:send?to=%2B61411111111"))
                .run(context -> assertThat(producerChecks(context.getBean(CamelContext.class)))
                        .as("started with the route").hasSize(1));
    }

    @Test
    void bridgeErrorHandlerHandsAFailedPollToTheRoutesErrorHandler() {
        List<Exception> handled = new CopyOnWriteArrayList<>();
        runner.withBean(RouteBuilder.class, () -> failingPoll(handled))
                .withPropertyValues("camel.component.clicksend-voice.bridge-error-handler=true").run(context -> {
                    await().atMost(Duration.ofSeconds(10)).until(() -> !handled.isEmpty());
                    assertThat(handled.get(0)).isInstanceOf(ClickSendVoiceApiException.class);
                    assertThat(((ClickSendVoiceApiException) handled.get(0)).getHttpCode()).isEqualTo(401);
                });

        runner.withBean(RouteBuilder.class, () -> failingPoll(handled)).run(context -> {
            handled.clear();
            ScheduledPollConsumer consumer =
                    (ScheduledPollConsumer) context.getBean(CamelContext.class).getRoute("receipts").getConsumer();
            // the consumer counts the error after its exception handler dealt with it
            await().atMost(Duration.ofSeconds(10)).until(() -> consumer.getErrorCounter() > 0);
            assertThat(handled).as("without the bridge, the route never sees it").isEmpty();
        });
    }

    /**
     * The component has no autowired option, so the flag changes nothing else; endpoints take Camel's global
     * autowiring setting when the component's is off, as for every component.
     */
    @Test
    void autowiredEnabledIsTheComponentsFlag() {
        runner.withPropertyValues("camel.component.clicksend-voice.autowired-enabled=false").run(
                context -> assertThat(context.getBean(CamelContext.class).getComponent("clicksend-voice")
                        .isAutowiredEnabled()).isFalse());
        runner.run(context -> assertThat(context.getBean(CamelContext.class).getComponent("clicksend-voice")
                .isAutowiredEnabled()).isTrue());
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        };
    }

    private static RouteBuilder failingPoll(List<Exception> handled) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(ClickSendVoiceApiException.class).handled(true)
                        .process(e -> handled.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("clicksend-voice:receipts?apiKey=RAW(" + WRONG_KEY + ")&initialDelay=0&delay=60000")
                        .routeId("receipts").to("log:receipt");
            }
        };
    }

    /** The producer health checks of clicksend-voice: the producer registers its check when it starts. */
    private static List<String> producerChecks(CamelContext camel) {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(camel, "producers");
        producers.setEnabled(true); // Camel's default is off, and an enabled repository lists its checks
        return producers.stream().map(HealthCheck::getId).filter(id -> id.startsWith("producer:clicksend-voice-"))
                .toList();
    }
}
