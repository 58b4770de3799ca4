package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;

/**
 * A pooled client connection without HttpClient's wire log, which at DEBUG prints every byte sent, the Authorization
 * header's value among them. Built on HttpCore's public connection class rather than HttpClient's own managed
 * connection, which is not public in every HttpClient 5 version Camel ships (Karaf's included).
 */
final class UnloggedConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection, Identifiable {

    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        UnloggedConnection connection = new UnloggedConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private static final AtomicLong COUNT = new AtomicLong();

    private final String id = "clicksend-voice-" + COUNT.incrementAndGet();
    private volatile Timeout socketTimeout;

    private UnloggedConnection() {
        super(Http1Config.DEFAULT);
    }

    @Override
    public void bind(Socket socket) throws IOException {
        super.bind(new SocketHolder(socket));
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        super.bind(new SocketHolder(sslSocket, socket));
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    /** Idle in the pool: no timeout while nobody waits on it. */
    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public String toString() {
        return id;
    }
}
