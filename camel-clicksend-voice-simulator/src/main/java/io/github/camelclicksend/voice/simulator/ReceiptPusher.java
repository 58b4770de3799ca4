package io.github.camelclicksend.voice.simulator;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Posts a receipt as JSON to a webhook URL, best effort and asynchronously, as ClickSend's push rules do. */
final class ReceiptPusher {

    private static final System.Logger LOG = System.getLogger(ReceiptPusher.class.getName());

    private HttpClient client; // created on first use: each JDK client owns a selector thread

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        }
        return client;
    }

    void push(URI url, byte[] json) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "clicksend-voice-simulator")
                .POST(BodyPublishers.ofByteArray(json))
                .build();
        client().sendAsync(request, BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                LOG.log(Level.DEBUG, "receipt push to {0} failed: {1}", url.getHost(), error.toString());
            } else {
                LOG.log(Level.DEBUG, "receipt pushed to {0}: HTTP {1}", url.getHost(), response.statusCode());
            }
        });
    }
}
