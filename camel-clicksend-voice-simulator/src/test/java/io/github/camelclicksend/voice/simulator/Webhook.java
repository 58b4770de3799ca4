package io.github.camelclicksend.voice.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A receiver for pushed receipts on a loopback port: records each request, answers from a script (default 200). */
final class Webhook implements AutoCloseable {

    /** One request as received. */
    record Hit(String method, String path, String query, String contentType, String body) {

        /** The fields: from the form body, or from the query of a GET (without the token). */
        Map<String, String> form() {
            return parse("GET".equals(method) ? query : body);
        }

        static Map<String, String> parse(String encoded) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (encoded == null || encoded.isEmpty()) {
                return fields;
            }
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    Webhook() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            hits.add(new Hit(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(nextAnswer(), -1);
            exchange.close();
        });
        server.start();
    }

    /** The next requests are answered with these statuses, in order; then 200 again. */
    synchronized Webhook answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    private synchronized int nextAnswer() {
        return answers.isEmpty() ? 200 : answers.removeFirst();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** Waits until at least {@code n} requests arrived; returns them. */
    List<Hit> await(int n) {
        Api.await(Duration.ofSeconds(10), () -> hits.size() >= n);
        return hits();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
