package io.github.camelclicksend.voice.client;

import java.io.Closeable;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled, keep-alive Apache HttpClient 5 async client. It never retries a request by itself: whether a request
 * may be sent again is decided above it, because the API has no idempotency key.
 */
public final class HttpTransport implements Closeable {

    private static final int MAX_CONNECTIONS = 200;

    private final CloseableHttpAsyncClient client;
    private final PoolingAsyncClientConnectionManager connections;

    public HttpTransport(TransportSettings settings) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build());
        pool.setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        this.connections = pool.build();
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                // no wire log: it would print the Authorization header's bytes at DEBUG
                .setIoSessionDecorator(session -> session);
        if (settings.hasProxy()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.hasProxyCredentials()) {
                CredentialsProvider credentials = CredentialsProviderBuilder.create()
                        .add(new AuthScope(proxy), settings.proxyUsername(),
                                settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray())
                        .build();
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        this.client = builder.build();
        this.client.start();
    }

    /** Sends one request; the future fails with the transport's own exception when no answer arrived. */
    CompletableFuture<HttpResult> execute(String method, URI uri, byte[] jsonBody, Header authorization,
                                          int responseTimeoutMillis) {
        SimpleHttpRequest request = SimpleHttpRequest.create(method, uri);
        request.setHeader(authorization);
        request.setHeader("Accept", "application/json");
        if (jsonBody != null) {
            request.setBody(jsonBody, ContentType.APPLICATION_JSON);
        }
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(responseTimeoutMillis))
                .build());
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), null,
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        result.complete(new HttpResult(response.getCode(), header(response, "Content-Type"),
                                header(response, "Retry-After"), header(response, "ratelimit-reset"),
                                response.getBodyBytes()));
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(ex);
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new java.util.concurrent.CancellationException("request cancelled"));
                    }
                });
        return result;
    }

    /** Connections leased, available and pending, for leak checks and statistics. */
    public PoolStats poolStats() {
        return connections.getTotalStats();
    }

    private static String header(SimpleHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
