package io.github.camelclicksend.voice;

import java.net.ServerSocket;
import java.util.Collection;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check is DOWN on 403 and when the API cannot be reached, and never logs the answer's body. */
class HealthCheckOutcomesTest extends SimulatorTestSupport {

    private static int closedPort;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CamelContext context = super.createCamelContext();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:good").to("clicksend-voice:send");
                from("direct:banned").to("clicksend-voice:send?username=banned&apiKey="
                                         + ClickSendSimulator.TEST_ACCOUNTS_API_KEY);
                from("direct:unreachable").to("clicksend-voice:send?baseUrl=http://127.0.0.1:" + closedPort + "/v3");
            }
        };
    }

    private HealthCheck.Result resultOf(Predicate<String> uri) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context, "full");
        return results.stream().filter(r -> r.getCheck().getId().startsWith("producer:clicksend-voice"))
                .filter(r -> uri.test(String.valueOf(r.getDetails().get(HealthCheck.ENDPOINT_URI))))
                .findFirst().orElseThrow();
    }

    @Test
    void downOnForbiddenWithTheReasonAndNoSecret() {
        HealthCheck.Result banned = resultOf(uri -> uri.contains("username=xxxxxx"));

        assertThat(banned.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(banned.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 403);
        assertThat(banned.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("403").contains("FORBIDDEN"));
        String everything = banned.getMessage().orElse("") + banned.getDetails() + banned.getError();
        assertThat(everything).doesNotContain(ClickSendSimulator.TEST_ACCOUNTS_API_KEY).doesNotContain("banned")
                .doesNotContain("Basic ");
    }

    @Test
    void downWhenTheApiCannotBeReached() {
        HealthCheck.Result unreachable = resultOf(uri -> uri.contains("127.0.0.1:" + closedPort));

        assertThat(unreachable.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(unreachable.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("could not be reached"));
    }

    @Test
    void downOnAServerError() {
        sim().faults().onPath("/v3/voice/lang").next(1).respond(500);

        HealthCheck.Result good = checkOf("clicksend-voice://send").call();

        assertThat(good.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(good.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 500);
        assertThat(good.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("500"));
    }

    @Test
    void downOnAnAnswerThatCannotBeRead() {
        sim().faults().onPath("/v3/voice/lang").next(1).malformedJson();

        HealthCheck.Result good = checkOf("clicksend-voice://send").call();

        assertThat(good.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(good.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("could not be read"));
    }

    private HealthCheck checkOf(String uri) {
        String endpointId = context.getEndpoint(uri, ClickSendVoiceEndpoint.class).getId();
        return HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()
                .filter(c -> c.getId().equals("producer:clicksend-voice-" + endpointId)).findFirst().orElseThrow();
    }

    @Test
    void theAnswersBodyIsNeverLogged() {
        try (LogCapture logs = new LogCapture(Level.TRACE)) {
            HealthCheck.Result good = resultOf(uri -> uri.equals("clicksend-voice://send"));
            assertThat(good.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(logs.size()).as("TRACE logging was captured").isPositive();
            assertThat(logs.text()).doesNotContain("English, Australia").doesNotContain("en-au");
        }
    }
}
