package io.github.camelclicksend.voice.examples.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as it starts by default: no credentials, so it runs against its in-process simulator. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "CLICKSEND_USERNAME=", "CLICKSEND_API_KEY=",
        "spring.datasource.url=jdbc:h2:mem:call-service;DB_CLOSE_DELAY=-1" })
class CallServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ClickSendSimulator simulator;

    @AfterEach
    void reset() {
        simulator.reset();
    }

    @Test
    void postingACallRequestPlacesTheCallAndAnswersWithItsId() throws Exception {
        HttpResponse<String> response =
                post("/calls", "{\"to\":\"+61411111111\",\"body\":\"Your parcel arrives today\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(simulator.acceptedMessages()).singleElement().satisfies(call -> {
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.body()).isEqualTo("Your parcel arrives today");
            assertThat(call.lang()).as("from application.yml").isEqualTo("en-au");
        });
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.at("/messages/0/messageId").asText())
                .isEqualTo(simulator.acceptedMessages().get(0).messageId());
        assertThat(result.at("/messages/0/status").asText()).isEqualTo("SUCCESS");
        assertThat(result.at("/queuedCount").asInt()).isEqualTo(1);
    }

    @Test
    void aCallerCannotSwitchTheOperationThroughHeadersOrQueryParameters() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/calls?CamelClickSendVoiceOperation=cancelAll"))
                .header("Content-Type", "application/json")
                .header("CamelClickSendVoiceOperation", "cancelAll")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"to\":\"+61411111111\",\"body\":\"one\"},"
                                                          + "{\"to\":\"+61422222222\",\"body\":\"two\"}]"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(simulator.acceptedMessages()).extracting(SimulatedCall::to)
                .containsExactly("+61411111111", "+61422222222");
        assertThat(simulator.requests("PUT", "/voice/cancel-all")).isEmpty();
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("camel"));
    }

    @Test
    void anInvalidRequestIsA400NamingTheFieldAndNothingIsSent() throws Exception {
        HttpResponse<String> response = post("/calls", "{\"to\":\"0411111111\",\"body\":\"no country\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("field").asText()).isEqualTo("to");
        assertThat(error.get("index").asInt()).isZero();
        assertThat(simulator.requests("POST", "/voice/send")).isEmpty();
    }

    @Test
    void anErrorAnswerOfClickSendIsA502WithItsCodes() throws Exception {
        simulator.faults().onPath("/voice/send").next(1).respond(503);

        HttpResponse<String> response = post("/calls", "{\"to\":\"+61411111111\",\"body\":\"Hello\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("httpCode").asInt()).isEqualTo(503);
        assertThat(simulator.acceptedMessages()).isEmpty();
    }

    @Test
    void theClickSendHealthCheckShowsUnderActuatorHealth() throws Exception {
        JsonNode camel = JSON.readTree(ActuatorHealth.awaitUp(port)).at("/components/camelHealth");
        assertThat(camel.get("status").asText()).isEqualTo("UP");
        assertThat(camel.get("details").properties()).anySatisfy(check -> {
            assertThat(check.getKey()).startsWith("producer:clicksend-voice-");
            assertThat(check.getValue().asText()).isEqualTo("UP");
        });
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
