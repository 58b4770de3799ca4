package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultPlanTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static final String SEND = messages(call("+61411111111", "hello"));

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    @Test
    void respondAnswersAnApiErrorWithoutProcessing() {
        SIM.faults().next(2).respond(503);

        Reply first = api.post("/voice/send", SEND);
        Reply second = api.post("/voice/send", SEND);
        Reply third = api.post("/voice/send", SEND);

        for (Reply reply : new Reply[] {first, second}) {
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.header("Content-Type")).isEqualTo("application/json");
            assertThat(reply.json().get("http_code").asInt()).isEqualTo(503);
            assertThat(reply.json().get("response_code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(reply.header("x-ratelimit-limit")).isNotNull();
        }
        assertThat(third.status()).isEqualTo(200);
        assertThat(SIM.acceptedMessages()).hasSize(1);
        assertThat(SIM.requests()).hasSize(3);
        assertThat(SIM.faults().pending()).isEmpty();
    }

    @Test
    void rateLimitFaultCarriesRetryAfter() {
        Fault fault = SIM.faults().next(1).respond(429).retryAfterSeconds(3);

        Reply reply = api.post("/voice/send", SEND);

        assertThat(fault.remaining()).isZero();
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(reply.json().get("response_msg").asText()).isEqualTo("Too many attempts.");
        assertThat(reply.header("Retry-After")).isEqualTo("3");
        assertThat(reply.header("ratelimit-reset")).isEqualTo("3");
        assertThat(reply.header("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void respondAfterProcessingAcceptsTheCallsButAnswersAnError() {
        SIM.faults().next(1).respondAfterProcessing(502);

        Reply reply = api.post("/voice/send", SEND);

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("BAD_GATEWAY");
        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    void dropBeforeBodyResetsAndProcessesNothing() {
        SIM.faults().next(1).dropBeforeBody();

        assertThatThrownBy(() -> api.sendOrThrow("POST", "/voice/send", SEND)).isInstanceOf(IOException.class);

        assertThat(SIM.acceptedMessages()).isEmpty();
        assertThat(SIM.requests()).hasSize(1);
        assertThat(SIM.requests().get(0).body()).isNull();
        assertThat(api.post("/voice/send", SEND).status()).isEqualTo(200); // the next request is fine
    }

    @Test
    void dropAfterProcessingResetsAfterAcceptingTheCalls() {
        SIM.faults().next(1).dropAfterProcessing();

        assertThatThrownBy(() -> api.sendOrThrow("POST", "/voice/send", SEND)).isInstanceOf(IOException.class);

        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    void closeWithoutResponseProcessesThenCloses() {
        SIM.faults().next(1).closeWithoutResponse();

        assertThatThrownBy(() -> api.sendOrThrow("POST", "/voice/send", SEND)).isInstanceOf(IOException.class);

        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    void dropIsAResetWhileCloseIsAnOrderlyEndOfStream() throws IOException {
        SIM.faults().next(1).dropAfterProcessing();
        SIM.faults().next(1).closeWithoutResponse();

        try (Socket dropped = rawRequest()) {
            InputStream in = dropped.getInputStream();
            assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessageContaining("reset");
        }
        try (Socket closed = rawRequest()) {
            assertThat(closed.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(SIM.acceptedMessages()).hasSize(2);
    }

    private Socket rawRequest() throws IOException {
        Socket socket = new Socket("127.0.0.1", SIM.port());
        socket.setSoTimeout(5000);
        byte[] body = SEND.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v3/voice/send HTTP/1.1\r\nHost: x\r\nAuthorization: " + Api.basic(SIM.username(), SIM.apiKey())
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return socket;
    }

    @Test
    void malformedJsonIsA200ThatDoesNotParse() {
        SIM.faults().next(1).malformedJson();

        Reply reply = api.post("/voice/send", SEND);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("{\"http_code\":200");
        assertThatThrownBy(() -> Api.MAPPER.readTree(reply.body())).isInstanceOf(JsonProcessingException.class);
        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    void htmlErrorPageLooksLikeAProxy() {
        SIM.faults().next(1).htmlErrorPage(502);

        Reply reply = api.post("/voice/send", SEND);

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).isEqualTo("text/html");
        assertThat(reply.body()).contains("<title>502 Bad Gateway</title>");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void trickleSendsTheRealAnswerSlowly() {
        SIM.faults().next(1).trickle(Duration.ofMillis(2), 64);

        long start = System.nanoTime();
        Reply reply = api.post("/voice/send", SEND);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().get("queued_count").asInt()).isEqualTo(1);
        int pieces = reply.body().length() / 64; // at least this many pauses, headers not counted
        assertThat(millis).isGreaterThanOrEqualTo(2L * pieces);
        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    void trickleWritesFewBytesAtATime() throws IOException {
        SIM.faults().next(1).trickle(Duration.ofMillis(200));

        try (Socket socket = rawRequest()) {
            byte[] buffer = new byte[4096];
            int first = socket.getInputStream().read(buffer);
            assertThat(first).isBetween(1, FaultSpec.DEFAULT_TRICKLE_BYTES);
            assertThat(new String(buffer, 0, first, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 2");
        }
    }

    @Test
    void latencyDelaysEveryAnswerUntilCleared() {
        SIM.faults().latency(Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThat(api.get("/voice/lang").status()).isEqualTo(200);
        long slow = (System.nanoTime() - start) / 1_000_000;
        SIM.faults().clear();
        start = System.nanoTime();
        api.get("/voice/lang");
        long fast = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow).isGreaterThanOrEqualTo(300);
        assertThat(fast).isLessThan(300);
        assertThat(SIM.faults().latency()).isZero();
    }

    @Test
    void onPathWithSkipHitsOnlyTheChosenRequest() {
        SIM.faults().onPath("/v3/voice/send").skip(1).next(1).respond(500);

        Reply first = api.post("/voice/send", SEND);
        Reply lang = api.get("/voice/lang");
        Reply second = api.post("/voice/send", SEND);
        Reply third = api.post("/voice/send", SEND);

        assertThat(first.status()).isEqualTo(200);
        assertThat(lang.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(500);
        assertThat(second.json().get("response_code").asText()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(third.status()).isEqualTo(200);
        assertThat(SIM.acceptedMessages()).hasSize(2);
    }

    @Test
    void targetsCanBeNarrowedByMethodAndShortPath() {
        Fault fault = SIM.faults().onPath("/voice/receipts").onMethod("post").next(1).respond(500);

        Reply get = api.get("/voice/receipts");
        Reply post = api.post("/voice/receipts", "{\"url\":\"poll\"}");

        assertThat(fault.path()).isEqualTo("/v3/voice/receipts");
        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(500);
    }

    @Test
    void clearForgetsPendingFaultsAndResetForgetsEverything() {
        SIM.faults().next(5).respond(500);
        assertThat(SIM.faults().pending()).hasSize(1);
        SIM.faults().clear();
        assertThat(api.get("/voice/lang").status()).isEqualTo(200);

        SIM.faults().next(1).respond(500);
        SIM.simulator().reset();
        assertThat(api.get("/voice/lang").status()).isEqualTo(200);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> SIM.faults().next(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIM.faults().next(1).respond(42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SIM.faults().skip(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SIM.faults().pending()).isEmpty();
    }
}
