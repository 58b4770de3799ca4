package io.github.camelclicksend.voice.benchmarks.stub;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.impl.bootstrap.HttpServer;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;

/**
 * A fast stand-in for ClickSend's POST /v3/voice/send on loopback (HttpCore 5 classic server, keep-alive). In echo
 * mode it answers each request with a realistic envelope for the messages it received; in canned mode (for JMH) it
 * answers every request with the same bytes. As a program it prints {@code LISTENING <port>} and stops by itself
 * after {@code --max-seconds} or when its standard input closes (the harness that started it went away).
 */
public final class StubServer implements AutoCloseable {

    private final HttpServer server;

    private StubServer(HttpRequestHandler handler) throws IOException {
        server = ServerBootstrap.bootstrap()
                .setLocalAddress(InetAddress.getLoopbackAddress())
                .setListenerPort(0)
                .setCanonicalHostName("127.0.0.1")
                .setSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoKeepAlive(true).build())
                .register("*", handler)
                .create();
        server.start();
    }

    /** Echoes a row per received message. */
    public static StubServer echo() throws IOException {
        return new StubServer(new Handler(null));
    }

    /** Answers every send with these bytes. */
    public static StubServer canned(byte[] response) throws IOException {
        return new StubServer(new Handler(response));
    }

    public int port() {
        return server.getLocalPort();
    }

    /** http://127.0.0.1:PORT/v3 */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v3";
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
    }

    public static void main(String[] args) throws Exception {
        long maxSeconds = args.length > 1 && args[0].equals("--max-seconds") ? Long.parseLong(args[1]) : 1800;
        StubServer stub = echo();
        System.out.println("LISTENING " + stub.port());
        System.out.flush();
        Thread watchdog = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
                while (in.readLine() != null) {
                    // the parent keeps stdin open while it needs the stub
                }
            } catch (IOException ignored) {
                // parent gone
            }
            System.exit(0);
        }, "stub-stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        stub.server.awaitTermination(org.apache.hc.core5.util.TimeValue.of(maxSeconds, TimeUnit.SECONDS));
        stub.close();
        System.exit(0);
    }

    private record Handler(byte[] canned) implements HttpRequestHandler {

        @Override
        public void handle(ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context)
                throws IOException {
            if (!request.getPath().endsWith("/voice/send") || !"POST".equals(request.getMethod())) {
                response.setCode(HttpStatus.SC_NOT_FOUND);
                return;
            }
            if (request.getFirstHeader("Authorization") == null) {
                response.setCode(HttpStatus.SC_UNAUTHORIZED);
                return;
            }
            byte[] body = EntityUtils.toByteArray(request.getEntity());
            response.setCode(HttpStatus.SC_OK);
            response.setEntity(new ByteArrayEntity(canned != null ? canned : SendEcho.answer(body),
                    ContentType.APPLICATION_JSON));
        }
    }
}
