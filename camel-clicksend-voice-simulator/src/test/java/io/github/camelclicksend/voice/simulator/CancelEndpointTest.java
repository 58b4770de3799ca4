package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CancelEndpointTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    private String scheduled(String to) {
        long later = Instant.now().getEpochSecond() + 3600;
        return api.post("/voice/send", messages("{\"to\":\"" + to + "\",\"body\":\"later\",\"schedule\":" + later + "}"))
                .data().get("messages").get(0).get("message_id").asText();
    }

    @Test
    void cancelsAScheduledCallIdempotently() {
        String id = scheduled("+61411111111");

        Reply first = api.put("/voice/" + id + "/cancel", null);
        Reply again = api.put("/voice/" + id + "/cancel", null);

        for (Reply reply : new Reply[] {first, again}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("response_msg").asText()).isEqualTo("Voice have been cancelled.");
            assertThat(reply.data().isArray()).isTrue();
            assertThat(reply.data()).isEmpty();
        }
        assertThat(SIM.acceptedMessages().get(0).status()).isEqualTo(SimulatedCall.CANCELLED);
        assertThat(api.get("/voice/history").data().get("data").get(0).get("status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void unknownOrForeignCallIsNotFound() {
        String id = scheduled("+61411111111");
        SIM.simulator().addAccount("other", "other-key");

        Reply unknown = api.put("/voice/00000000-0000-0000-0000-000000000000/cancel", null);
        Reply foreign = api.as("other", "other-key").put("/voice/" + id + "/cancel", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("response_code").asText()).isEqualTo("NOT_FOUND");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(SIM.acceptedMessages().get(0).status()).isEqualTo(SimulatedCall.SCHEDULED);
    }

    @Test
    void cancelAllCountsOnlyTheAccountsScheduledCalls() {
        scheduled("+61411111111");
        scheduled("+61422222222");
        String cancelledBefore = scheduled("+61433333333");
        api.put("/voice/" + cancelledBefore + "/cancel", null);
        scheduled("+61444444444");
        api.post("/voice/send", messages(call("+14055555555", "right now")));

        Reply all = api.put("/voice/cancel-all", null);
        Reply none = api.put("/voice/cancel-all", null);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.data().get("count").asInt()).isEqualTo(3);
        assertThat(all.json().get("response_msg").asText()).isEqualTo("3 messages have been cancelled.");
        assertThat(none.data().get("count").asInt()).isZero();
        assertThat(none.json().get("response_msg").asText()).isEqualTo("0 messages have been cancelled.");
        assertThat(SIM.acceptedMessages()).filteredOn(c -> c.status().equals(SimulatedCall.CANCELLED)).hasSize(4);
        assertThat(SIM.acceptedMessages().get(4).status()).isNotEqualTo(SimulatedCall.CANCELLED);
    }
}
