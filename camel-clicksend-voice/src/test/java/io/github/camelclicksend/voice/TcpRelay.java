package io.github.camelclicksend.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of the simulator that can refuse connections: after {@code acceptLimit} connections
 * it closes its listening socket, so the next connect is refused, until {@link #reopen()} binds the same port again.
 * Every answer it relays says {@code Connection: close}, so the client opens a new connection for every request.
 */
final class TcpRelay implements AutoCloseable {

    private static final byte[] CONNECTION_CLOSE = "Connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile int acceptLimit;
    private volatile ServerSocket listener;

    TcpRelay(int targetPort, int acceptLimit) throws IOException {
        this.targetPort = targetPort;
        this.acceptLimit = acceptLimit;
        ServerSocket first = new ServerSocket();
        first.setReuseAddress(true);
        first.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.port = first.getLocalPort();
        if (acceptLimit == 0) {
            first.close();
        } else {
            listen(first);
        }
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/v3";
    }

    int accepted() {
        return accepted.get();
    }

    /** Listens on the same port again, without a limit. */
    synchronized void reopen() throws IOException {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        acceptLimit = Integer.MAX_VALUE;
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listen(again);
    }

    private void listen(ServerSocket server) {
        listener = server;
        Thread t = new Thread(() -> acceptLoop(server), "tcp-relay-" + port);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop(ServerSocket server) {
        try (server) {
            while (accepted.get() < acceptLimit) {
                Socket client = server.accept();
                accepted.incrementAndGet();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pipe(client.getInputStream(), upstream.getOutputStream(), false, client, upstream);
                pipe(upstream.getInputStream(), client.getOutputStream(), true, client, upstream);
            }
        } catch (IOException closed) {
            // the listener was closed
        }
    }

    private static void pipe(InputStream in, OutputStream out, boolean answers, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            boolean injected = !answers;
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    int from = 0;
                    if (!injected) {
                        int eol = indexOfLineEnd(buffer, n);
                        if (eol >= 0) {
                            out.write(buffer, 0, eol);
                            out.write(CONNECTION_CLOSE);
                            from = eol;
                            injected = true;
                        }
                    }
                    out.write(buffer, from, n - from);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "tcp-relay-pipe");
        t.setDaemon(true);
        t.start();
    }

    /** The index just after the status line's CRLF, assuming it arrives in the first read (it is short). */
    private static int indexOfLineEnd(byte[] buffer, int length) {
        for (int i = 0; i + 1 < length; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                return i + 2;
            }
        }
        return -1;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        acceptLimit = 0;
        if (listener != null) {
            listener.close();
        }
        sockets.forEach(TcpRelay::closeQuietly);
    }
}
