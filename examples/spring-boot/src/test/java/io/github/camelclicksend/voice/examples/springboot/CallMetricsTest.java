package io.github.camelclicksend.voice.examples.springboot;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The calls the service places show under /actuator/metrics, read over HTTP as a monitoring system would, with the
 * endpoint as a tag. The application context may be shared with other tests, so the test reads what its calls added.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "CLICKSEND_USERNAME=", "CLICKSEND_API_KEY=",
        "spring.datasource.url=jdbc:h2:mem:call-service;DB_CLOSE_DELAY=-1" })
class CallMetricsTest {

    private static final String OPERATION = "send";
    private static final List<String> METERS = List.of("clicksend.voice.api.requests", "clicksend.voice.calls.sent",
            "clicksend.voice.calls.accepted", "clicksend.voice.calls.rejected", "clicksend.voice.calls.failed",
            "clicksend.voice.calls.outcome.unknown", "clicksend.voice.receipts.received");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ClickSendSimulator simulator;

    @Test
    void placedAndFailedCallsAndWhatTheyCostShowUnderActuatorMetrics() throws Exception {
        assertThat(names()).containsAll(METERS);
        Map<String, Double> before = Map.of("requests", count("clicksend.voice.api.requests"),
                "sent", count("clicksend.voice.calls.sent"), "accepted", count("clicksend.voice.calls.accepted"),
                "failed", count("clicksend.voice.calls.failed"), "spent", spentOrZero());

        assertThat(post("{\"to\":\"+61411111111\",\"body\":\"Your parcel arrives today\"}")).isEqualTo(200);
        assertThat(post("[{\"to\":\"+61422222222\",\"body\":\"one\"},{\"to\":\"+61433333333\",\"body\":\"two\"}]"))
                .isEqualTo(200);
        simulator.faults().onPath("/voice/send").next(1).respond(503);
        assertThat(post("{\"to\":\"+61444444444\",\"body\":\"ClickSend is down\"}")).isEqualTo(502);

        assertThat(count("clicksend.voice.api.requests") - before.get("requests")).isEqualTo(3);
        assertThat(count("clicksend.voice.calls.sent") - before.get("sent")).isEqualTo(4);
        assertThat(count("clicksend.voice.calls.accepted") - before.get("accepted")).isEqualTo(3);
        assertThat(count("clicksend.voice.calls.failed") - before.get("failed")).isEqualTo(1);
        assertThat(names()).contains("clicksend.voice.spent");
        assertThat(spentOrZero() - before.get("spent")).as("3 calls at 0.07 AUD").isCloseTo(0.21, within(1e-9));
    }

    @Test
    void theOnlyTagIsTheOperation() throws Exception {
        JsonNode meter = get("/actuator/metrics/clicksend.voice.calls.sent");
        assertThat(meter.get("availableTags").findValuesAsText("tag")).containsExactly("operation");
        JsonNode operations = meter.get("availableTags").get(0).get("values");
        assertThat(operations.valueStream().map(JsonNode::asText).toList()).contains(OPERATION);
    }

    private List<String> names() throws Exception {
        return get("/actuator/metrics").get("names").valueStream().map(JsonNode::asText).toList();
    }

    private double count(String name) throws Exception {
        return get("/actuator/metrics/" + name + "?tag=" + URLEncoder.encode("operation:" + OPERATION,
                StandardCharsets.UTF_8)).at("/measurements/0/value").asDouble();
    }

    private double spentOrZero() throws Exception {
        if (!names().contains("clicksend.voice.spent")) {
            return 0;
        }
        return get("/actuator/metrics/clicksend.voice.spent?tag=" + URLEncoder.encode("operation:" + OPERATION,
                StandardCharsets.UTF_8) + "&tag=currency:AUD").at("/measurements/0/value").asDouble();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private int post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/calls")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
