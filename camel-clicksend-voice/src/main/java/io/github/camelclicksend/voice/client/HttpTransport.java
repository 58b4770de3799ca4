package io.github.camelclicksend.voice.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled, keep-alive Apache HttpClient 5 classic client, the transport camel-http uses. A request runs on the
 * thread that asks for it: no hand-over to an I/O thread and back, which on a loaded machine costs more than the
 * request itself. It never retries a request by itself: whether a request may be sent again is decided above it,
 * because the API has no idempotency key.
 */
public final class HttpTransport implements Closeable {

    private static final int MAX_CONNECTIONS = 200;

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;

    public HttpTransport(TransportSettings settings) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setConnectionFactory(UnloggedConnection.FACTORY)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildClassic());
        }
        this.connections = pool.build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (settings.hasProxy()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.hasProxyCredentials()) {
                builder.setDefaultCredentialsProvider(CredentialsProviderBuilder.create()
                        .add(new AuthScope(proxy), settings.proxyUsername(),
                                settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray())
                        .build());
            }
        }
        this.client = builder.build();
    }

    /** Reads the body of a 2xx answer as it arrives. */
    @FunctionalInterface
    interface AnswerReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * Sends one request. A 2xx answer's body goes to {@code reader} as it arrives, so a large answer (650 KB for a
     * batch of 1000) is never held whole; any other answer's body is kept whole for its error.
     *
     * @throws IOException the transport's own exception when no answer arrived
     */
    <T> HttpResult<T> execute(String method, URI uri, byte[] jsonBody, Header authorization, RequestConfig config,
                              AnswerReader<T> reader)
            throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
        request.setHeader(authorization);
        request.setHeader("Accept", "application/json");
        if (jsonBody != null) {
            request.setEntity(new ByteArrayEntity(jsonBody, ContentType.APPLICATION_JSON));
        }
        request.setConfig(config);
        return client.execute(request, (ClassicHttpResponse response) -> result(response, reader));
    }

    private static <T> HttpResult<T> result(ClassicHttpResponse response, AnswerReader<T> reader) throws IOException {
        HttpEntity entity = response.getEntity();
        T answer = null;
        byte[] errorBody = new byte[0];
        if (response.getCode() / 100 == 2) {
            try (InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                answer = reader.read(body);
            }
        } else if (entity != null) {
            errorBody = EntityUtils.toByteArray(entity);
        }
        return new HttpResult<>(response.getCode(), header(response, "Content-Type"), header(response, "Retry-After"),
                header(response, "ratelimit-reset"), header(response, "Date"), errorBody, answer);
    }

    /** Connections leased, available and pending, for leak checks and statistics. */
    public PoolStats poolStats() {
        return connections.getTotalStats();
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
