package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code java -jar}'s failures as a user sees them: one line on stderr and an exit code, no stack trace. */
class MainProcessTest {

    @Test
    void aPortInUseIsOneClearLineAndExitCode1() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            ChildJvm.Result result = ChildJvm.run(List.of(), Main.class, "--port", Integer.toString(port));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr().lines().toList()).containsExactly("Cannot listen on 127.0.0.1:" + port
                    + ": the port is already in use. Choose another with --port N (0 picks a free one).");
            assertThat(result.stdout()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCode2() {
        ChildJvm.Result result = ChildJvm.run(List.of(), Main.class, "--colour", "blue");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr().lines().toList())
                .containsExactly("Unknown option: --colour (--help lists the options)");
    }
}
