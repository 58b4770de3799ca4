package io.github.camelclicksend.voice;

import java.util.Collection;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check: UP with good credentials, DOWN without secrets when they are refused. */
class ProducerHealthCheckTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "WRONG-KEY-31337";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("clicksend-voice:send").id("good");
                from("direct:bad").to("clicksend-voice:send?apiKey=" + WRONG_KEY).id("bad");
            }
        };
    }

    private HealthCheck.Result resultOf(String uriPart) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context, "full");
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:clicksend-voice"))
                .filter(r -> String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI)).endsWith(uriPart))
                .findFirst().orElseThrow();
    }

    @Test
    void upWithGoodCredentials() {
        HealthCheck.Result good = resultOf("//send");

        assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(good.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(sim().requests("GET", "/v3/voice/lang")).isNotEmpty();
    }

    @Test
    void registeredButDisabledWhenTheComponentSaysSo() throws Exception {
        context.getComponent("clicksend-voice", ClickSendVoiceComponent.class).setHealthCheckProducerEnabled(false);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:quiet").to("clicksend-voice:send?lang=en-gb").id("quiet");
            }
        });
        String endpointId = context.getEndpoints().stream()
                .filter(e -> e.getEndpointUri().contains("lang=en-gb")).map(ClickSendVoiceEndpoint.class::cast).findFirst()
                .orElseThrow().getId();

        HealthCheck quiet = HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()
                .filter(c -> c.getId().equals("producer:clicksend-voice-" + endpointId))
                .findFirst().orElseThrow();

        assertThat(quiet.isEnabled()).isFalse();
        HealthCheck.Result result = HealthCheckHelper.invoke(context, "full").stream()
                .filter(r -> r.getCheck() == quiet).findFirst().orElseThrow();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(result.getDetails()).containsEntry(HealthCheck.CHECK_ENABLED, false);
    }

    @Test
    void downWithoutSecretsWhenTheCredentialsAreRefused() {
        HealthCheck.Result bad = resultOf("apiKey=xxxxxx");

        assertThat(bad.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(bad.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("401").contains("refused"));
        assertThat(bad.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
        String everything = bad.getMessage().orElse("") + bad.getDetails() + bad.getError().map(Object::toString)
                .orElse("");
        assertThat(everything).doesNotContain(WRONG_KEY).doesNotContain(SIM.apiKey()).doesNotContain("Basic ");
    }
}
