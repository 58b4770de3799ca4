package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void startsWithTheGivenCredentialsAndPrintsHowToConnect() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClickSendSimulator sim = Main.run(new String[] {"--port", "0", "--username", "demo", "--api-key", "demo-key",
                "--receipt-delay-ms", "10"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);

            assertThat(printed).contains("listening on " + sim.baseUrl()).contains("username: demo")
                    .contains("api key:  demo-key");
            assertThat(new Api(sim.baseUrl(), "demo", "demo-key", null).get("/voice/lang").status()).isEqualTo(200);
            assertThat(new Api(sim).as(ClickSendSimulator.DEFAULT_USERNAME, ClickSendSimulator.DEFAULT_API_KEY)
                    .get("/voice/lang").status()).isEqualTo(401);
        }
    }

    @Test
    void helpAndBadArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8))).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:");
        assertThatThrownBy(() -> Main.run(new String[] {"--bogus"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Main.run(new String[] {"--port"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Main.run(new String[] {"--port", "x"}, System.out))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
