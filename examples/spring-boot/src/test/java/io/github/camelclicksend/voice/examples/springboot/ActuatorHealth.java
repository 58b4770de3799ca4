package io.github.camelclicksend.voice.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code /actuator/health} of a running service. */
final class ActuatorHealth {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ActuatorHealth() {
    }

    /**
     * Waits until the service answers 200 and returns the body. Camel counts a polling consumer (the receipts
     * backstop) ready once it has polled, a moment after the start.
     */
    static String awaitUp(int port) {
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            response.set(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
        });
        return response.get().body();
    }
}
