package io.github.camelclicksend.voice.examples.quarkus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP requests to the service under test, as its clients and a health probe make them. */
final class ServiceCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServiceCalls() {
    }

    static HttpResponse<String> post(URI uri, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Camel producers' check in /q/health, where the clicksend-voice producer's check reports. */
    static JsonNode producersCheck(URI health, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(health));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body()).get("checks").valueStream()
                .filter(check -> check.get("name").asText().equals("camel-producers"))
                .findFirst().orElseThrow(() -> new AssertionError("no camel-producers check in " + response.body()));
    }
}
