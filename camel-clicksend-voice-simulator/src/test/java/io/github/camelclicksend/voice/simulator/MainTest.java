package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsWithTheGivenCredentialsAndPrintsHowToConnect() {
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--username", "demo", "--api-key", "demo-key",
                "--receipt-delay-ms", "10"}, printed)) {
            assertThat(printed()).contains("listening on " + sim.baseUrl()).contains("username: demo")
                    .contains("api key:  the one given with --api-key").doesNotContain("demo-key")
                    .contains("http://127.0.0.1:" + sim.port() + "/_simulator/requests");
            assertThat(new Api(sim.baseUrl(), "demo", "demo-key", null).get("/voice/lang").status()).isEqualTo(200);
            assertThat(new Api(sim).as(ClickSendSimulator.DEFAULT_USERNAME, ClickSendSimulator.DEFAULT_API_KEY)
                    .get("/voice/lang").status()).isEqualTo(401);
        }
    }

    @Test
    void theDefaultKeyIsPrintedBecauseItIsAPublishedFake() {
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0"}, printed)) {
            assertThat(printed()).contains("api key:  " + ClickSendSimulator.DEFAULT_API_KEY);
        }
    }

    /** Holds the default port (or finds it held): the jar without --port must then fail on exactly that port. */
    @Test
    void withoutPortTheJarListensOnTheDocumentedDefault() throws IOException {
        ServerSocket holder = new ServerSocket();
        try {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), Main.DEFAULT_PORT));
        } catch (BindException alreadyHeld) {
            // someone else holds it: just as good
        }
        try (holder) {
            assertThatThrownBy(() -> Main.run(new String[0], printed)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot listen on 127.0.0.1:" + Main.DEFAULT_PORT + ": the port is already in use. "
                            + "Choose another with --port N (0 picks a free one).");
        }
        assertThat(Main.usage()).contains("--port N                  port on 127.0.0.1 (default " + Main.DEFAULT_PORT);
    }

    /** The one documented default, and every base URL of the simulator in the docs and examples uses it. */
    @Test
    void theDocsGiveTheJarsDefaultPort() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(Files.readString(root.resolve("docs/simulator.md")))
                .contains("`--port N` | port on 127.0.0.1 (default " + Main.DEFAULT_PORT + "; 0: a free one)");
        Pattern simulatorUrl = Pattern.compile("(?:127\\.0\\.0\\.1|localhost):(\\d+)/v3");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.map(root::relativize).filter(MainTest::isDocOrExample).toList()) {
                Matcher m = simulatorUrl.matcher(Files.readString(root.resolve(file)));
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) != Main.DEFAULT_PORT) {
                        wrong.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Markdown anywhere, and the examples' code and configuration; never build output. */
    private static boolean isDocOrExample(Path file) {
        String name = file.toString().replace('\\', '/');
        return !name.matches("(.*/)?(target|\\.git)/.*") && (name.endsWith(".md")
                || name.startsWith("examples/") && name.matches(".*\\.(java|properties|ya?ml)$"));
    }

    @Test
    void helpNamesTheJarAsTheBuildMakesItAndEveryOption() {
        assertThat(Main.run(new String[] {"--help"}, printed)).isNull();

        String expectedJar = System.getProperty("simulator.standalone.jar");
        assertThat(expectedJar).endsWith("-standalone.jar");
        assertThat(printed()).startsWith("Usage: java -jar " + expectedJar + " [options]");
        assertThat(printed()).contains("--port", "--username", "--api-key", "--https", "--receipt-delay-ms", "--press",
                "--unanswered", "--push-url", "--push-format", "--push-attempts", "--push-delay-ms",
                "--poll-without-rule", "--date-before", "--verbose", "/_simulator/requests", "/_simulator/pushes");
    }

    @Test
    void badArgumentsAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> Main.run(new String[] {"--bogus"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> Main.run(new String[] {"--port"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port");
        assertThatThrownBy(() -> Main.run(new String[] {"--port", "x"}, printed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Main.run(new String[] {"--push-format", "xml"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--push-format");
        assertThatThrownBy(() -> Main.run(new String[] {"--date-before", "never"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--date-before");
        assertThatThrownBy(() -> Main.run(new String[] {"--press", "+61411111111"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUMBER=KEYS");
        assertThatThrownBy(() -> Main.run(new String[] {"--press", "+61411111111=x"}, printed))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Main.run(new String[] {"--press", "0411111111=1"}, printed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--press needs a number in E.164 form ('+', the country calling code, then the national "
                        + "number without its leading 0; 7 to 15 digits in all) or 'default': 0411111111");
        assertThatThrownBy(() -> Main.run(new String[] {"--unanswered", "0411"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--unanswered needs a number in "
                        + "E.164 form").hasMessageEndingWith(": 0411");
        assertThatThrownBy(() -> Main.run(new String[] {"--push-url", "nowhere"}, printed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action_address");
    }

    @Test
    void verbosePrintsOneLinePerRequestWithoutCredentialsOrBodies() {
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--verbose", "--api-key", "very-secret-key-42"},
                printed)) {
            Api api = new Api(sim);
            api.post("/voice/send", messages(Api.call("+61411111111", "Top secret words"),
                    Api.call("+61422222222", "More words")));
            api.as("intruder", "wrong-key").get("/voice/history");
            api.as("intruder", "wrong-key").post("/voice/send", messages(Api.call("+61433333333", "Not read")));
            api.get("/voice/receipts?page=1");

            Api.await(Duration.ofSeconds(5), () -> printed().contains("GET /v3/voice/receipts 200"));
            assertThat(printed()).contains("POST /v3/voice/send 200 messages=2\n")
                    .contains("GET /v3/voice/history 401\n")
                    .contains("POST /v3/voice/send 401\n").doesNotContain("401 messages=")
                    .doesNotContain("very-secret-key-42").doesNotContain("intruder").doesNotContain("wrong-key")
                    .doesNotContain("Basic ").doesNotContain("Top secret words");
        }
    }

    @Test
    void calleePushAndReceiptFlagsConfigureTheSimulator() {
        try (Webhook webhook = new Webhook();
             ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--receipt-delay-ms", "5",
                     "--press", "+61411111111=2", "--unanswered", "+61422222222", "--press", "default=5",
                     "--push-url", webhook.url("/hook?token=t"), "--push-format", "json", "--push-attempts", "1",
                     "--date-before", "up-to"}, printed)) {
            Api api = new Api(sim);
            api.post("/voice/send", messages(call("+61411111111"), call("+61422222222"), call("+61433333333")));

            webhook.await(3);
            assertThat(webhook.hits()).allSatisfy(hit -> assertThat(hit.contentType()).isEqualTo("application/json"));
            assertThat(sim.receipts()).extracting(r -> sim.acceptedMessages().stream()
                    .filter(c -> c.messageId().equals(r.messageId())).findFirst().orElseThrow().to() + " " + r.digits()
                    + " " + r.status()).containsExactlyInAnyOrder("+61411111111 2 Delivered",
                    "+61422222222  Undelivered", "+61433333333 5 Delivered");
            assertThat(sim.receiptRules()).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("URL"));
            assertThat(api.get("/voice/receipts").data().get("total").asInt()).isZero(); // no POLL rule

            sim.addPollRule();
            Instant t = Instant.ofEpochSecond(1_900_000_000L);
            SimulatedReceipt same = sim.addReceipt(SimulatedReceipt.builder().timestamp(t));
            api.put("/voice/receipts-read", "{\"date_before\":" + t.getEpochSecond() + "}");
            assertThat(same.isRead()).isTrue(); // up-to
        }
    }

    @Test
    void pollWithoutRuleKeepsReceiptsForPollingWithoutAnyRule() {
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--poll-without-rule"}, printed)) {
            sim.addReceipt(SimulatedReceipt.builder());
            assertThat(new Api(sim).get("/voice/receipts").data().get("total").asInt()).isEqualTo(1);
        }
    }

    @Test
    void verbosePrintsEveryPushAttemptAndSaysWhenItFailed() throws IOException {
        int closed;
        try (ServerSocket nobody = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = nobody.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/hook?token=secret-token-123";
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--verbose", "--receipt-delay-ms", "5",
                "--push-url", url, "--push-attempts", "2", "--push-delay-ms", "10"}, printed)) {
            new Api(sim).post("/voice/send", messages(call("+61411111111")));

            Api.await(Duration.ofSeconds(10), () -> printed().contains("giving up"));
            String messageId = sim.acceptedMessages().get(0).messageId();
            String masked = "PUSH http://127.0.0.1:" + closed + "/hook?token=**** no answer (java.net.ConnectException";
            assertThat(printed()).contains(masked).contains(" attempt 1 of 2 failed, retrying message_id=" + messageId)
                    .contains(" attempt 2 of 2 failed, giving up message_id=" + messageId)
                    .doesNotContain("secret-token-123");
        }
    }

    private static String call(String to) {
        return "{\"to\":\"" + to + "\",\"body\":\"Press a key\",\"require_input\":1}";
    }
}
