package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;

/** A small java.net.http client for the simulator, as a test would write one. */
final class Api {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One HTTP answer. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonNode data() {
            return json().get("data");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    Api(ClickSendSimulator sim) {
        this(sim.baseUrl(), sim.username(), sim.apiKey(), null);
    }

    Api(String baseUrl, String username, String apiKey, SSLContext ssl) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (ssl != null) {
            builder.sslContext(ssl);
        }
        this.http = builder.build();
        this.baseUrl = baseUrl;
        this.authorization = username == null ? null : basic(username, apiKey);
    }

    static String basic(String username, String apiKey) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The same client with other credentials (null for none). */
    Api as(String username, String apiKey) {
        return new Api(baseUrl, username, apiKey, null);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    /** {@code path} relative to the base URL ("/voice/send"), or an absolute URL. */
    Reply send(String method, String path, String json) {
        try {
            return sendOrThrow(method, path, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply sendOrThrow(String method, String path, String json) throws IOException {
        URI uri = URI.create(path.startsWith("http") ? path : baseUrl + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            java.net.http.HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** {"messages":[...]} from message objects written as JSON. */
    static String messages(String... messages) {
        return "{\"messages\":[" + String.join(",", messages) + "]}";
    }

    static String call(String to, String body) {
        return "{\"to\":\"" + to + "\",\"body\":\"" + body + "\",\"voice\":\"female\",\"lang\":\"en-au\"}";
    }

    /** Polls until the condition holds, failing after the timeout. */
    static void await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
