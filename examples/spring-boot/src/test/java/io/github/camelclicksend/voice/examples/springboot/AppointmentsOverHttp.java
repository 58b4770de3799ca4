package io.github.camelclicksend.voice.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The appointments of a running service as a user sees them: over HTTP. */
final class AppointmentsOverHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    AppointmentsOverHttp(int port) {
        this.port = port;
    }

    /** Books an appointment and checks that its first call went out. */
    void book(String id, String to, String description) throws Exception {
        HttpResponse<String> answer = post("{\"id\":\"" + id + "\",\"to\":\"" + to + "\",\"description\":\""
                                           + description + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode booked = JSON.readTree(answer.body());
        assertThat(booked.get("id").asText()).isEqualTo(id);
        assertThat(booked.get("state").asText()).isEqualTo("CALLED");
        assertThat(booked.get("calls").asInt()).isEqualTo(1);
    }

    HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/appointments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /appointments/{id}, which must answer 200. */
    JsonNode appointment(String id) throws Exception {
        HttpResponse<String> answer = get("/appointments/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    String state(String id) throws Exception {
        return appointment(id).get("state").asText();
    }

    /** The states the appointment went through, oldest first. */
    List<String> history(String id) throws Exception {
        return appointment(id).get("history").valueStream().map(change -> change.get("state").asText()).toList();
    }

    static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
