package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's page and JSON over HTTP; the page itself in a browser is in the console-itest module. */
class ConsoleEndpointsTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(5)));

    private Api api;
    private Api console;

    @BeforeEach
    void clients() {
        api = new Api(SIM.simulator());
        console = new Api(SIM.simulator().consoleUrl().replaceAll("/$", ""), null, null, null);
    }

    private String send(String to, boolean requireInput, boolean machineDetection) {
        String call = "{\"to\":\"" + to + "\",\"body\":\"Press 1 to confirm\",\"custom_string\":\"appt-1\","
                + "\"require_input\":" + (requireInput ? 1 : 0) + ",\"machine_detection\":" + (machineDetection ? 1 : 0)
                + "}";
        return api.post("/voice/send", messages(call)).data().get("messages").get(0).get("message_id").asText();
    }

    private SimulatedCall call(String messageId) {
        return SIM.acceptedMessages().stream().filter(c -> c.messageId().equals(messageId)).findFirst().orElseThrow();
    }

    private JsonNode consoleCall(String messageId) {
        for (JsonNode call : console.get("/_simulator/console/state").data().get("calls")) {
            if (call.get("message_id").asText().equals(messageId)) {
                return call;
            }
        }
        throw new AssertionError("not on the console: " + messageId);
    }

    private String ringing(String to, boolean requireInput, boolean machineDetection) {
        SIM.simulator().callees().number(to).rings();
        String id = send(to, requireInput, machineDetection);
        Api.await(Duration.ofSeconds(5), () -> SimulatedCall.RINGING.equals(call(id).status()));
        return id;
    }

    private Api.Reply answer(String messageId, String choice) {
        return console.post("/_simulator/calls/" + messageId + "/answer", choice);
    }

    @Test
    void thePageComesFromTheJarWithAPolicyThatAllowsOnlyTheSimulator() {
        Api.Reply page = console.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "connect-src 'self'");
        assertThat(page.body()).contains("<noscript>", "/_simulator/console/console.js");
        assertThat(console.get("/_simulator/console/console.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(console.get("/_simulator/console/console.css").status()).isEqualTo(200);
        assertThat(console.get("/_simulator/console/favicon.svg").status()).isEqualTo(200);
        assertThat(console.get("/_simulator/console/other.js").status()).isEqualTo(404);
        assertThat(SIM.requests()).isEmpty(); // not API requests
    }

    @Test
    void aRingingCallAnsweredWithAKeyEndsAsAScriptedOneWouldPushedAndPolled() {
        try (Webhook webhook = new Webhook()) {
            SIM.simulator().addReceiptRule("URL", webhook.url("/hook?token=s3cret-token"));
            SIM.simulator().addPollRule(); // ClickSend keeps receipts for polling under a POLL rule
            String id = ringing("+61411111111", true, false);
            assertThat(consoleCall(id).get("status").asText()).isEqualTo("ringing");
            assertThat(SIM.receipts()).isEmpty();

            assertThat(answer(id, "{\"answer\":\"keys\",\"keys\":\"1\"}").status()).isEqualTo(200);

            assertThat(call(id).status()).isEqualTo(SimulatedCall.SENT);
            assertThat(call(id).digits()).isEqualTo("1");
            assertThat(webhook.await(1).get(0).form()).containsEntry("digits", "1")
                    .containsEntry("status_code", "201").containsEntry("message_id", id);
            JsonNode polled = api.get("/voice/receipts").data().get("data").get(0);
            assertThat(polled.get("message_id").asText()).isEqualTo(id);
            assertThat(polled.get("digits").asText()).isEqualTo("1");
            JsonNode shown = consoleCall(id);
            assertThat(shown.get("status").asText()).isEqualTo("answered");
            assertThat(shown.get("digits").asText()).isEqualTo("1");
            Api.await(Duration.ofSeconds(5), () -> SIM.simulator().pendingPushes() == 0);
            String state = console.get("/_simulator/console/state").body();
            assertThat(state).contains("token=****").doesNotContain("s3cret-token")
                    .doesNotContain(SIM.apiKey());
            assertThat(answer(id, "{\"answer\":\"keys\",\"keys\":\"2\"}").status()).isEqualTo(409); // ended
        }
    }

    @Test
    void hangingUpLeavingItAndAMachineGiveClickSendsReceipts() {
        String noKey = ringing("+61422222222", true, false);
        String unanswered = ringing("+61433333333", true, false);
        String machine = ringing("+61444444444", true, true);

        answer(noKey, "{\"answer\":\"no-key\"}");
        answer(unanswered, "{\"answer\":\"unanswered\"}");
        answer(machine, "{\"answer\":\"machine\"}");

        assertThat(List.of(call(noKey), call(unanswered), call(machine)))
                .extracting(SimulatedCall::status, SimulatedCall::statusCode, SimulatedCall::digits,
                        SimulatedCall::machineDetected)
                .containsExactly(
                        tuple(SimulatedCall.SENT, "201", "", false),
                        tuple(SimulatedCall.FAILED, "301", "", false),
                        tuple(SimulatedCall.SENT, "201", "", true));
        assertThat(consoleCall(unanswered).get("status").asText()).isEqualTo("unanswered");
    }

    @Test
    void rejectedMessagesShowWithTheirCodeAmongTheCallsNewestFirst() {
        String first = send("+61455555555", false, false);
        String rejected = api.post("/voice/send", messages("{\"to\":\"12\",\"body\":\"x\"}"))
                .data().get("messages").get(0).get("message_id").asText();
        String last = send("+61466666666", false, false);

        List<String> order = new ArrayList<>();
        JsonNode calls = console.get("/_simulator/console/state").data().get("calls");
        calls.forEach(c -> order.add(c.get("message_id").asText()));
        assertThat(order).containsExactly(last, rejected, first);
        assertThat(calls.get(1).get("status").asText()).isEqualTo("rejected");
        assertThat(calls.get(1).get("code").asText()).isEqualTo("INVALID_RECIPIENT");
    }

    @Test
    void theRingingSwitchMakesCallsWithoutAScriptRing() {
        assertThat(console.put("/_simulator/console/ringing", "{\"ring\":true}").status()).isEqualTo(200);
        String id = send("+61477777777", true, false);
        Api.await(Duration.ofSeconds(5), () -> SimulatedCall.RINGING.equals(call(id).status()));
        assertThat(console.get("/_simulator/console/state").data().get("ringing_here").asBoolean()).isTrue();

        console.put("/_simulator/console/ringing", "{\"ring\":false}");
        String answered = send("+61477777777", true, false);
        Api.await(Duration.ofSeconds(5), () -> SimulatedCall.SENT.equals(call(answered).status()));
        assertThat(call(answered).digits()).isEqualTo("1"); // the built-in callee again
    }

    @Test
    void writesComeOnlyFromThePageItselfAndOnlyToThisHost() throws IOException {
        String id = ringing("+61488888888", true, false);
        String path = "/_simulator/calls/" + id + "/answer";
        String body = "{\"answer\":\"keys\",\"keys\":\"1\"}";

        assertThat(raw("POST", path, "127.0.0.1:" + SIM.port(), "text/plain", null, body)).startsWith("HTTP/1.1 403");
        assertThat(raw("POST", path, "127.0.0.1:" + SIM.port(), "application/json", "http://evil.example", body))
                .startsWith("HTTP/1.1 403");
        assertThat(raw("GET", "/_simulator/console/state", "evil.example:" + SIM.port(), null, null, null))
                .startsWith("HTTP/1.1 403");
        assertThat(call(id).status()).isEqualTo(SimulatedCall.RINGING);
        assertThat(answer(id, "{\"answer\":\"keys\",\"keys\":\"x\"}").status()).isEqualTo(400);

        assertThat(raw("POST", path, "localhost:" + SIM.port(), "application/json",
                "http://localhost:" + SIM.port(), body)).startsWith("HTTP/1.1 200");
        assertThat(call(id).digits()).isEqualTo("1");
    }

    @Test
    void ringFromTheCommandLineMakesCallsWaitForThePersonAtTheConsole() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--receipt-delay-ms", "5", "--ring",
                "default"}, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("console:  " + sim.consoleUrl());
            new Api(sim).post("/voice/send", messages("{\"to\":\"+61411111111\",\"body\":\"Hello\"}"));

            Api.await(Duration.ofSeconds(5), () -> sim.acceptedMessages().get(0).status().equals(SimulatedCall.RINGING));
            assertThat(sim.receipts()).isEmpty();
        }
    }

    private static String raw(String method, String path, String host, String contentType, String origin, String body)
            throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), SIM.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
