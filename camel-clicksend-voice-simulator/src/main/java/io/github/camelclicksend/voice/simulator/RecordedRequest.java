package io.github.camelclicksend.voice.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the simulator received it, faulted or not. {@link #toString()} never shows the
 * {@code Authorization} header; {@link #username()} tells who authenticated without exposing the key.
 */
public final class RecordedRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final Instant received;
    private volatile Integer status;

    RecordedRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
                    String body, Instant received) {
        this.method = method;
        this.path = path;
        this.query = query;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body;
        this.received = received;
    }

    /** Upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** Decoded path without the query, e.g. {@code /v3/voice/send}. */
    public String path() {
        return path;
    }

    /** Decoded query parameters (first value of each name). */
    public Map<String, String> query() {
        return query;
    }

    /** All headers; names are case-insensitive. Includes {@code Authorization}: do not log this map. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text; "" when there was none, null when a fault dropped the connection before reading it. */
    public String body() {
        return body;
    }

    /** When it was received (wall clock). */
    public Instant received() {
        return received;
    }

    /** The HTTP status answered; null while it is being handled, or when a fault sent no answer. */
    public Integer status() {
        return status;
    }

    void answered(int httpStatus) {
        this.status = httpStatus;
    }

    /** The user name of the HTTP Basic credentials sent (valid or not), or null. */
    public String username() {
        String auth = header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : " " + query)
                + (header("Authorization") != null ? " auth=" + username() + ":****" : "")
                + (body == null || body.isEmpty() ? "" : " body=" + body.length() + " chars") + " at " + received + "]";
    }
}
