package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in and out, and the API's envelope {@code {"http_code","response_code","response_msg","data"}}. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a request body; null when it is absent, blank or not JSON. */
    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static Map<String, Object> envelope(int httpCode, String responseCode, String responseMsg, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("http_code", httpCode);
        envelope.put("response_code", responseCode);
        envelope.put("response_msg", responseMsg);
        envelope.put("data", data);
        return envelope;
    }

    static HttpResponse response(int httpCode, String responseCode, String responseMsg, Object data) {
        return new HttpResponse(httpCode, HttpResponse.JSON, write(envelope(httpCode, responseCode, responseMsg, data)));
    }

    static HttpResponse ok(String responseMsg, Object data) {
        return response(200, "SUCCESS", responseMsg, data);
    }

    /** An API-style error envelope with the usual code and text for the status. */
    static HttpResponse error(int status) {
        return response(status, codeFor(status), messageFor(status), null);
    }

    static String codeFor(int status) {
        switch (status) {
            case 200: return "SUCCESS";
            case 400: return "BAD_REQUEST";
            case 401: return "UNAUTHORIZED";
            case 403: return "FORBIDDEN";
            case 404: return "NOT_FOUND";
            case 405: return "METHOD_NOT_FOUND";
            case 429: return "TOO_MANY_REQUESTS";
            case 500: return "INTERNAL_SERVER_ERROR";
            case 502: return "BAD_GATEWAY";
            case 503: return "SERVICE_UNAVAILABLE";
            case 504: return "GATEWAY_TIMEOUT";
            default: return "HTTP_" + status;
        }
    }

    static String messageFor(int status) {
        switch (status) {
            case 400: return "Bad request.";
            case 401: return "Authorization failed.";
            case 403: return "Your account is suspended. Please contact support for more information.";
            case 404: return "Invalid endpoint. Please try again.";
            case 429: return "Too many attempts.";
            case 500: return "Something is broken.";
            case 502: return "Bad gateway.";
            case 503: return "Service temporarily unavailable. Please try again later.";
            case 504: return "Gateway timeout.";
            default: return HttpResponse.reason(status) + ".";
        }
    }
}
