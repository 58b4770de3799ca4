package io.github.camelclicksend.voice.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;

/** A bare {@code java.net.http.HttpClient} (HTTP/1.1) with Jackson; each caller blocks on its request. */
public final class JdkHttpContender implements Contender {

    public static final String NAME = "jdk-httpclient";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI uri;
    private List<WireModel.SendRequest> batches;

    public JdkHttpContender(String baseUrl) {
        uri = URI.create(baseUrl + "/voice/send");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(int batchSize) {
        batches = Workload.batches(batchSize, WireModel::request);
    }

    @Override
    public int send(int i) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", Workload.BASIC_AUTHORIZATION)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        WireModel.MAPPER.writeValueAsBytes(batches.get(i % batches.size()))))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return WireModel.MAPPER.readValue(response.body(), WireModel.SendEnvelope.class).accepted();
    }
}
