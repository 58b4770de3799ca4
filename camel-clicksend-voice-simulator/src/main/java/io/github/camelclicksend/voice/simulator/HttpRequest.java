package io.github.camelclicksend.voice.simulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One HTTP/1.1 request as read from the socket: head first, body on demand (so a fault can skip it). */
final class HttpRequest {

    static final int MAX_LINE = 16 * 1024;
    static final int MAX_HEADERS = 200;
    static final int MAX_BODY = 32 * 1024 * 1024;

    /** The bytes on the wire are not HTTP: answered with 400 and the connection is closed. */
    static final class MalformedRequestException extends IOException {
        MalformedRequestException(String message) {
            super(message);
        }
    }

    final String method;
    final String version;
    final String path;
    final String rawQuery;
    final Map<String, List<String>> headers;
    final Instant received;
    private byte[] body;

    private HttpRequest(String method, String version, String path, String rawQuery, Map<String, List<String>> headers) {
        this.method = method;
        this.version = version;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.received = Instant.now();
    }

    /** Reads the request line and headers; null when the peer closed the connection between requests. */
    static HttpRequest readHead(InputStream in) throws IOException {
        String line;
        do { // RFC 9112 2.2: ignore empty lines before the request line
            line = readLine(in, true);
            if (line == null) {
                return null;
            }
        } while (line.isEmpty());
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("Bad request line");
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int count = 0;
        while (!(line = readLine(in, false)).isEmpty()) {
            int colon = line.indexOf(':');
            if (colon <= 0 || ++count > MAX_HEADERS) {
                throw new MalformedRequestException("Bad header");
            }
            headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        String target = parts[1];
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form, as sent to proxies
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        return new HttpRequest(parts[0].toUpperCase(Locale.ROOT), parts[2], canonicalPath(decodePath(rawPath)), query,
                headers);
    }

    /** Reads the body per Content-Length or chunked transfer coding. */
    void readBody(InputStream in) throws IOException {
        String te = header("Transfer-Encoding");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = readChunked(in);
        } else {
            String cl = header("Content-Length");
            long length;
            try {
                length = cl == null ? 0 : Long.parseLong(cl.trim());
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("Bad Content-Length");
            }
            if (length < 0 || length > MAX_BODY) {
                throw new MalformedRequestException("Bad Content-Length");
            }
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("Body shorter than Content-Length");
            }
        }
    }

    byte[] body() {
        return body;
    }

    String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean keepAlive() {
        String connection = header("Connection");
        String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
        if ("HTTP/1.0".equals(version)) {
            return tokens.contains("keep-alive");
        }
        return !tokens.contains("close");
    }

    boolean expectsContinue() {
        String expect = header("Expect");
        return expect != null && expect.equalsIgnoreCase("100-continue");
    }

    /** Query parameters, decoded; the first value of a repeated name wins. */
    Map<String, String> query() {
        return parseQuery(rawQuery);
    }

    static Map<String, String> parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(result);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Without a trailing slash, so {@code /v3/voice/lang/} is {@code /v3/voice/lang}. */
    static String canonicalPath(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String decodePath(String rawPath) throws MalformedRequestException {
        try {
            // URLDecoder would turn '+' into a space, which is wrong in a path.
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("Bad path");
        }
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in, false);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedRequestException("Bad chunk size");
            }
            if (size < 0 || out.size() + (long) size > MAX_BODY) {
                throw new MalformedRequestException("Bad chunk size");
            }
            if (size == 0) {
                while (!readLine(in, false).isEmpty()) {
                    // trailers are ignored
                }
                return out.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new EOFException("Truncated chunk");
            }
            out.write(chunk);
            if (!readLine(in, false).isEmpty()) {
                throw new MalformedRequestException("Missing CRLF after chunk");
            }
        }
    }

    /** Reads up to LF, dropping CR; null at EOF before any byte when {@code eofAllowed}. */
    private static String readLine(InputStream in, boolean eofAllowed) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                if (eofAllowed && line.length() == 0) {
                    return null;
                }
                throw new EOFException("Connection closed in the middle of a request");
            }
            if (line.length() >= MAX_LINE) {
                throw new MalformedRequestException("Line too long");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
