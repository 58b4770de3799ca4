package io.github.camelclicksend.voice.benchmarks.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;

import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;

/**
 * A bare Apache HttpClient 5 async client (pooled, keep-alive, HTTP/1.1) with Jackson. Several callers keep requests
 * in flight from one thread without blocking threads.
 */
public final class HttpClient5Contender implements Contender {

    public static final String NAME = "httpclient5";

    private final CloseableHttpAsyncClient client;
    private final URI uri;
    private List<WireModel.SendRequest> batches;

    public HttpClient5Contender(String baseUrl) {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(200).setMaxConnPerRoute(200)
                        .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
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
        return sendAsync(i).get();
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public CompletableFuture<Integer> sendAsync(int i) {
        byte[] json;
        try {
            json = WireModel.MAPPER.writeValueAsBytes(batches.get(i % batches.size()));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
        return post(json).thenApply(body -> {
            try {
                return WireModel.MAPPER.readValue(body, WireModel.SendEnvelope.class).accepted();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Posts JSON bytes and returns the answer's bytes: the HTTP exchange alone, without JSON work. */
    public CompletableFuture<byte[]> post(byte[] json) {
        SimpleHttpRequest request = SimpleHttpRequest.create("POST", uri);
        request.setHeader("Authorization", Workload.BASIC_AUTHORIZATION);
        request.setHeader("Accept", "application/json");
        request.setBody(json, ContentType.APPLICATION_JSON);
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), null,
                new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() != 200) {
                            result.completeExceptionally(new IllegalStateException("HTTP " + response.getCode()));
                        } else {
                            result.complete(response.getBodyBytes());
                        }
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(ex);
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new IllegalStateException("cancelled"));
                    }
                });
        return result;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
