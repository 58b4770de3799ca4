package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On an instance field the extension gives each test its own simulator and stops it afterwards. */
class InstanceExtensionTest {

    @RegisterExtension
    ClickSendSimulatorExtension sim = new ClickSendSimulatorExtension();

    private static ClickSendSimulatorExtension used;
    private static int usedPort;

    @Test
    void runsDuringTheTest(ClickSendSimulator injected) {
        used = sim;
        usedPort = sim.port();
        assertThat(injected).isSameAs(sim.simulator());
        assertThat(new Api(sim.simulator()).get("/voice/lang").status()).isEqualTo(200);
    }

    @AfterAll
    static void isStoppedAfterTheTest() {
        assertThatThrownBy(used::simulator).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Socket("127.0.0.1", usedPort).close()).isInstanceOf(IOException.class);
    }
}
