package io.github.camelclicksend.voice.client;

import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * What a pooled HTTP client is built from. Endpoints whose settings are equal share one client.
 *
 * @param sslContext null for the JVM's default trust
 */
public record TransportSettings(int connectTimeoutMillis, String proxyHost, Integer proxyPort, String proxyUsername,
                                String proxyPassword, SSLContext sslContext) {

    public boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    public boolean hasProxyCredentials() {
        return hasProxy() && proxyUsername != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportSettings t && connectTimeoutMillis == t.connectTimeoutMillis
               && Objects.equals(proxyHost, t.proxyHost) && Objects.equals(proxyPort, t.proxyPort)
               && Objects.equals(proxyUsername, t.proxyUsername) && Objects.equals(proxyPassword, t.proxyPassword)
               && sslContext == t.sslContext;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutMillis, proxyHost, proxyPort, proxyUsername, System.identityHashCode(sslContext));
    }

    @Override
    public String toString() {
        // proxy credentials are left out on purpose
        return "TransportSettings[connectTimeout=" + connectTimeoutMillis + "ms"
               + (hasProxy() ? ", proxy=" + proxyHost + ":" + proxyPort : "")
               + (sslContext != null ? ", customTls" : "") + "]";
    }
}
