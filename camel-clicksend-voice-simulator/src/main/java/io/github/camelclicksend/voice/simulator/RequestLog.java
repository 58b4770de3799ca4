package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What may be shown of a recorded request outside the JVM (the {@code --verbose} line, the
 * {@code /_simulator/requests} ledger): method, path, query, status, number of messages. Never a header
 * value, a body or a credential.
 */
final class RequestLog {

    private RequestLog() {
    }

    /** e.g. {@code POST /v3/voice/send 200 messages=2}; {@code no-answer} when a fault sent none. */
    static String line(RecordedRequest request) {
        Integer messages = messageCount(request);
        return request.method() + " " + request.path() + " "
                + (request.status() == null ? "no-answer" : request.status().toString())
                + (messages == null ? "" : " messages=" + messages);
    }

    /** A printer of {@link #line} for {@code --verbose}. */
    static Consumer<RecordedRequest> printer(PrintStream out) {
        return request -> {
            synchronized (out) {
                out.println(line(request));
                out.flush();
            }
        };
    }

    /**
     * e.g. {@code PUSH http://127.0.0.1:8080/hook?token=**** 500 attempt 1 of 3 failed, retrying} or
     * {@code ... no answer (java.net.ConnectException: Connection refused) attempt 3 of 3 failed, giving up}.
     */
    static String pushLine(PushRecord push, int attempts) {
        String outcome = push.status() != null ? push.status().toString() : "no answer (" + push.failure() + ")";
        String attempt = " attempt " + push.attempt() + " of " + attempts;
        return "PUSH " + PushRecord.maskQuery(push.url()) + " " + outcome + attempt + (push.delivered() ? ""
                : push.attempt() < attempts ? " failed, retrying" : " failed, giving up")
                + " message_id=" + push.messageId();
    }

    /** A printer of {@link #pushLine} for {@code --verbose}. */
    static ReceiptPusher.AttemptListener pushPrinter(PrintStream out) {
        return (push, attempts) -> {
            synchronized (out) {
                out.println(pushLine(push, attempts));
                out.flush();
            }
        };
    }

    static Map<String, Object> json(RecordedRequest request) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("received", request.received().toString());
        m.put("method", request.method());
        m.put("path", request.path());
        m.put("query", request.query());
        m.put("status", request.status());
        m.put("messages", messageCount(request));
        return m;
    }

    /**
     * The number of entries in {@code messages} of a send or price request; null for other requests and for one
     * refused for its credentials (401, 403), whose messages were never read.
     */
    static Integer messageCount(RecordedRequest request) {
        boolean refused = request.status() != null && (request.status() == 401 || request.status() == 403);
        boolean counted = !refused && request.method().equals("POST")
                && (request.path().equals("/v3/voice/send") || request.path().equals("/v3/voice/price"));
        JsonNode body = counted ? Json.parse(request.body()) : null;
        JsonNode messages = body == null ? null : body.get("messages");
        return !counted ? null : messages != null && messages.isArray() ? messages.size() : 0;
    }
}
