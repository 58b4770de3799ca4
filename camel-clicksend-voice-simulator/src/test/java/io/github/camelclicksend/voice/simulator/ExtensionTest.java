package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(10)));

    private static int firstPort;

    @Test
    @Order(1)
    void startsOneSimulatorForTheClassAndInjectsIt(ClickSendSimulator injected) {
        assertThat(injected).isSameAs(SIM.simulator());
        assertThat(SIM.baseUrl()).isEqualTo("http://127.0.0.1:" + SIM.port() + "/v3");
        assertThat(SIM.username()).isEqualTo(ClickSendSimulator.DEFAULT_USERNAME);
        assertThat(SIM.apiKey()).isEqualTo(ClickSendSimulator.DEFAULT_API_KEY);
        firstPort = SIM.port();

        new Api(injected).post("/voice/send", messages(call("+61411111111", "first test")));
        SIM.faults().next(1).respond(500);

        assertThat(SIM.acceptedMessages()).hasSize(1);
    }

    @Test
    @Order(2)
    void resetsStateBeforeEachTest() {
        assertThat(SIM.port()).isEqualTo(firstPort);
        assertThat(SIM.acceptedMessages()).isEmpty();
        assertThat(SIM.requests()).isEmpty();
        assertThat(SIM.receipts()).isEmpty();
        assertThat(SIM.faults().pending()).isEmpty();
        assertThat(new Api(SIM.simulator()).get("/voice/history").data().get("total").asInt()).isZero();
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheOuterSimulator(ClickSendSimulator injected) {
            assertThat(injected).isSameAs(SIM.simulator());
            assertThat(new Api(injected).get("/voice/lang").status()).isEqualTo(200);
        }
    }
}
