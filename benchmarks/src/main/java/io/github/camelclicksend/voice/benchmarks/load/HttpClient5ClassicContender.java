package io.github.camelclicksend.voice.benchmarks.load;

import java.net.URI;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;

/**
 * A bare Apache HttpClient 5 classic client (pooled, keep-alive), the transport camel-http and the component use, with
 * Jackson reading the answer as it arrives; each caller blocks on its own request, as a caller of the component does.
 */
public final class HttpClient5ClassicContender implements Contender {

    public static final String NAME = "httpclient5-classic";

    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(200).setMaxConnPerRoute(200).build())
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
            .build();
    private final URI uri;
    private List<WireModel.SendRequest> batches;

    public HttpClient5ClassicContender(String baseUrl) {
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
        HttpPost request = new HttpPost(uri);
        request.setHeader("Authorization", Workload.BASIC_AUTHORIZATION);
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(WireModel.MAPPER.writeValueAsBytes(batches.get(i % batches.size())),
                ContentType.APPLICATION_JSON));
        return client.execute(request, response -> {
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
            return WireModel.MAPPER.readValue(response.getEntity().getContent(), WireModel.SendEnvelope.class).accepted();
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
