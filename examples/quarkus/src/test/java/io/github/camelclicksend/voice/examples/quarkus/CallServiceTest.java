package io.github.camelclicksend.voice.examples.quarkus;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.JSON;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.post;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.producersCheck;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/** The example as it starts by default: no credentials, so it runs against its in-process simulator. */
@QuarkusTest
class CallServiceTest {

    @TestHTTPResource("/calls")
    URI calls;
    @TestHTTPResource("/q/health")
    URI health;
    @Inject
    SimulatorMode simulatorMode;
    @Inject
    CamelContext camel;

    @AfterEach
    void reset() {
        simulator().reset();
    }

    @Test
    void runsOnTheCamelOfCamelQuarkus() {
        assertThat(camel.getVersion()).isEqualTo("4.17.0");
    }

    @Test
    void postingACallRequestPlacesTheCallWithTheDefaultsOfApplicationProperties() throws Exception {
        HttpResponse<String> response = post(calls, "{\"to\":\"+61411111111\",\"body\":\"Your parcel arrives today\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(simulator().acceptedMessages()).singleElement().satisfies(call -> {
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.body()).isEqualTo("Your parcel arrives today");
            assertThat(call.voice()).as("from application.properties").isEqualTo("male");
            assertThat(call.lang()).as("from application.properties").isEqualTo("en-au");
        });
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.at("/messages/0/messageId").asText())
                .isEqualTo(simulator().acceptedMessages().get(0).messageId());
        assertThat(result.at("/messages/0/status").asText()).isEqualTo("SUCCESS");
        assertThat(result.at("/queuedCount").asInt()).isEqualTo(1);
    }

    @Test
    void theComponentIsConfiguredFromApplicationProperties() throws Exception {
        ClickSendVoiceConfiguration configuration =
                camel.getComponent("clicksend-voice", ClickSendVoiceComponent.class).getConfiguration();
        assertThat(configuration.getVoice()).isEqualTo("male");
        assertThat(configuration.getLang()).isEqualTo("en-au");
        assertThat(configuration.getBatchSize()).isEqualTo(100);

        String calls150 = IntStream.range(0, 150)
                .mapToObj(i -> "{\"to\":\"+614111%05d\",\"body\":\"Call %d\"}".formatted(i, i))
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> response = post(this.calls, calls150);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(simulator().requests("POST", "/voice/send")).as("batch-size 100").hasSize(2);
        assertThat(simulator().acceptedMessages()).hasSize(150);
    }

    @Test
    void aCallerCannotSwitchTheOperationThroughHeadersOrQueryParameters() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(calls + "?CamelClickSendVoiceOperation=cancelAll"))
                .header("Content-Type", "application/json")
                .header("CamelClickSendVoiceOperation", "cancelAll")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"to\":\"+61411111111\",\"body\":\"one\"},"
                                                          + "{\"to\":\"+61422222222\",\"body\":\"two\"}]")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(simulator().acceptedMessages()).extracting(SimulatedCall::to)
                .containsExactly("+61411111111", "+61422222222");
        assertThat(simulator().requests("PUT", "/voice/cancel-all")).isEmpty();
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("camel"));
    }

    @Test
    void anInvalidRequestIsA400NamingTheFieldAndNothingIsSent() throws Exception {
        HttpResponse<String> response = post(calls, "{\"to\":\"0411111111\",\"body\":\"no country\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("field").asText()).isEqualTo("to");
        assertThat(error.get("index").asInt()).isZero();
        assertThat(simulator().requests("POST", "/voice/send")).isEmpty();
    }

    @Test
    void anErrorAnswerOfClickSendIsA502WithItsCodes() throws Exception {
        simulator().faults().onPath("/voice/send").next(1).respond(503);

        HttpResponse<String> response = post(calls, "{\"to\":\"+61411111111\",\"body\":\"Hello\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("httpCode").asInt()).isEqualTo(503);
        assertThat(simulator().acceptedMessages()).isEmpty();
    }

    @Test
    void theClickSendHealthCheckIsUpUnderQuarkusHealth() throws Exception {
        JsonNode producers = producersCheck(health, 200);

        assertThat(producers.get("status").asText()).isEqualTo("UP");
        assertThat(simulator().requests("GET", "/voice/lang")).as("the check asked ClickSend").isNotEmpty();
    }

    private ClickSendSimulator simulator() {
        return simulatorMode.simulator().orElseThrow();
    }
}
