package io.github.camelclicksend.voice.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response to write: status, headers in insertion order, body. Content-Length is always set. */
final class HttpResponse {

    static final String JSON = "application/json";

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;

    HttpResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        headers.put("Content-Type", contentType);
    }

    HttpResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpResponse withBody(int newStatus, String contentType, byte[] newBody) {
        HttpResponse copy = new HttpResponse(newStatus, contentType, newBody);
        headers.forEach((k, v) -> {
            if (!k.equals("Content-Type")) {
                copy.headers.put(k, v);
            }
        });
        return copy;
    }

    /** Status line, headers and body as they go on the wire; {@code Date} (RFC 1123) is {@code now}. */
    byte[] serialize(boolean keepAlive, Instant now) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        head.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atZone(ZoneOffset.UTC)))
                .append("\r\n");
        head.append("Server: clicksend-voice-simulator\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static String reason(int status) {
        switch (status) {
            case 100: return "Continue";
            case 200: return "OK";
            case 201: return "Created";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 408: return "Request Timeout";
            case 409: return "Conflict";
            case 413: return "Payload Too Large";
            case 422: return "Unprocessable Entity";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
        }
    }
}
