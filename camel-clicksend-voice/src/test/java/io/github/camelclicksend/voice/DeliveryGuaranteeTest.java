package io.github.camelclicksend.voice;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.BATCH_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

/** A message is never sent twice: redeliveries skip accepted chunks and, unless asked, unknown ones. */
class DeliveryGuaranteeTest extends SimulatorTestSupport {

    private static final List<String> BODIES = IntStream.range(0, 2500).mapToObj(i -> "call " + i).toList();

    private void route(String uri, int redeliveries) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(redeliveries).redeliveryDelay(0));
                from("direct:in").to(uri);
            }
        });
    }

    private void assertEachBodyAcceptedAtMostOnce() {
        List<String> bodies = sim().acceptedMessages().stream().map(SimulatedCall::body).toList();
        assertThat(bodies).doesNotHaveDuplicates();
    }

    @Test
    void retrySafeFailureOnTheSecondChunkIsResentOnRedelivery() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111", 3);
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).respond(503);

        Exchange ex = send("direct:in", BODIES);

        assertThat(ex.getException()).isNull();
        assertThat(sim().acceptedMessages()).hasSize(2500);
        assertEachBodyAcceptedAtMostOnce();
        assertThat(sends()).hasSize(4); // 1, 2 (503), then the redelivery: 2 and 3
        assertThat(ex.getMessage().getHeader(BATCH_COUNT)).isEqualTo(2);
        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getMessages()).hasSize(2500);
    }

    @Test
    void withoutRedeliveryTheErrorSaysWhichMessagesWereNotSent() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111", 0);
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).respond(503);

        Exchange ex = send("direct:in", BODIES);

        var e = (ClickSendVoiceApiException) ex.getException();
        assertThat(e.getNotSentIndexes()).hasSize(1500).startsWith(1000).endsWith(2499);
        assertThat(e.getMessage()).contains("Messages 0-999 were accepted")
                .contains("messages 1000-1999 were not processed").contains("messages 2000-2499 were not sent");
        assertThat(sim().acceptedMessages()).hasSize(1000);
    }

    @Test
    void unknownOutcomeOnTheSecondChunkIsNotResentButTheRestIs() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111", 3);
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).dropAfterProcessing();

        Exchange ex = send("direct:in", BODIES);

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        var e = (ClickSendVoiceOutcomeUnknownException) ex.getException();
        assertThat(e.getIndexes()).hasSize(1000).startsWith(1000).endsWith(1999);
        assertThat(sim().acceptedMessages()).hasSize(2500); // the dropped chunk was processed by the API
        assertEachBodyAcceptedAtMostOnce();
        assertThat(sends()).hasSize(3);
    }

    @Test
    void serverErrorAfterProcessingIsNotResent() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111", 3);
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).respondAfterProcessing(502);

        Exchange ex = send("direct:in", BODIES);

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        assertThat(sim().acceptedMessages()).hasSize(2500);
        assertEachBodyAcceptedAtMostOnce();
        assertThat(sends()).hasSize(3);
    }

    @Test
    void resendUnknownSendsTheUnknownChunkAgain() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111&resendUnknown=true", 3);
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).dropBeforeBody();

        Exchange ex = send("direct:in", BODIES);

        assertThat(ex.getException()).isNull();
        assertThat(sim().acceptedMessages()).hasSize(2500);
        assertEachBodyAcceptedAtMostOnce();
        assertThat(sends()).hasSize(4);
    }
}
