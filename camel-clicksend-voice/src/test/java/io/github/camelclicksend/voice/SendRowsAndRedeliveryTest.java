package io.github.camelclicksend.voice;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.BATCH_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

/** Which row answers which message, what a redelivery reports, and what BatchCount counts. */
class SendRowsAndRedeliveryTest extends SimulatorTestSupport {

    private static final int EMPTY_LIST = 7;
    private static final int TWO_MEMBERS = 8;

    /** A count that happens to match (3 messages, 3 rows) must not pair them one to one. */
    @Test
    void anEmptyListNextToATwoMemberListKeepsEveryIndex() {
        sim().addContactList(EMPTY_LIST, List.of());
        sim().addContactList(TWO_MEMBERS, List.of("+61422222222", "+61433333333"));
        List<VoiceMessage> messages = List.of(
                VoiceMessage.builder().listId(EMPTY_LIST).body("nobody hears this").build(),
                VoiceMessage.builder().listId(TWO_MEMBERS).body("two hear this").build(),
                VoiceMessage.builder().to("+61444444444").body("one hears this").build());

        Exchange ex = send("clicksend-voice:send", messages);

        assertThat(ex.getException()).isNull();
        List<VoiceMessageResult> rows = ex.getMessage().getBody(VoiceSendResult.class).getMessages();
        assertThat(rows).extracting(VoiceMessageResult::getIndex).containsExactly(1, 1, 2);
        assertThat(rows).extracting(VoiceMessageResult::getTo)
                .containsExactly("+61422222222", "+61433333333", "+61444444444");
        assertThat(rows).extracting(VoiceMessageResult::getListId).containsExactly(TWO_MEMBERS, TWO_MEMBERS, null);
    }

    @Test
    void twoMessagesToTheSameListShareItsRowsInOrder() {
        sim().addContactList(TWO_MEMBERS, List.of("+61422222222", "+61433333333"));
        List<VoiceMessage> messages = List.of(
                VoiceMessage.builder().to("+61411111111").body("first").build(),
                VoiceMessage.builder().listId(TWO_MEMBERS).body("second").build(),
                VoiceMessage.builder().listId(TWO_MEMBERS).body("third").build());

        Exchange ex = send("clicksend-voice:send", messages);

        List<VoiceMessageResult> rows = ex.getMessage().getBody(VoiceSendResult.class).getMessages();
        assertThat(rows).extracting(VoiceMessageResult::getIndex).containsExactly(0, 1, 1, 2, 2);
    }

    /**
     * An answer that lacks a row for one of the numbers: the API accepted something, which calls is not known. Only a
     * stand-in can answer so; the simulator always answers every message.
     */
    @Test
    void anAnswerThatCannotBeMatchedFailsTheChunkAsUnknownNamingItsIndexes() throws Exception {
        String oneRowForTwoMessages = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"Here are your data.",
                 "data":{"total_price":0.07,"total_count":1,"queued_count":1,
                   "messages":[{"to":"+61422222222","list_id":null,"message_id":"A","status":"SUCCESS",
                                "message_price":"0.0700","message_parts":1,"custom_string":null}],
                   "_currency":{"currency_name_short":"AUD"}}}""";
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger posts = new AtomicInteger();
        api.createContext("/v3/voice/send", x -> {
            posts.incrementAndGet();
            x.getRequestBody().readAllBytes();
            byte[] body = oneRowForTwoMessages.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        api.start();
        try {
            String uri = "clicksend-voice:send?baseUrl=http://127.0.0.1:" + api.getAddress().getPort() + "/v3";

            Exchange ex = send(uri, List.of(VoiceMessage.of("+61411111111", "a"), VoiceMessage.of("+61422222222", "b")));

            assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class)
                    .hasMessageContaining("cannot be matched");
            assertThat(((ClickSendVoiceOutcomeUnknownException) ex.getException()).getIndexes()).containsExactly(0, 1);
            assertThat(posts).hasValue(1);
        } finally {
            api.stop(0);
        }
    }

    /**
     * Attempt 1: the 1st chunk's answer is lost (unknown). The redelivery skips it, and the 2nd chunk meets a 503: the
     * exchange must still name message 0 as of unknown outcome, not end in the 503 alone.
     */
    @Test
    void aRedeliveryThatSkippedAnUnknownChunkAndThenMeetsAnApiErrorNamesTheSkippedMessages() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0));
                from("direct:in").to("clicksend-voice:send?batchSize=1&to=%2B61411111111");
            }
        });
        sim().faults().onPath("/voice/send").next(1).closeWithoutResponse();
        sim().faults().onPath("/voice/send").next(1).respond(503);

        Exchange ex = send("direct:in", List.of("a", "b", "c"));

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        var unknown = (ClickSendVoiceOutcomeUnknownException) ex.getException();
        assertThat(unknown.getIndexes()).containsExactly(0);
        assertThat(unknown.getCause()).isInstanceOf(ClickSendVoiceApiException.class);
        assertThat(((ClickSendVoiceApiException) unknown.getCause()).getHttpCode()).isEqualTo(503);
        assertThat(unknown.getMessage()).contains("Please try again later. Message 0 has an unknown outcome")
                .contains("message 1 was not processed").contains("message 2 was not sent");
        assertThat(sends()).hasSize(2);
    }

    @Test
    void batchCountCountsChunksPostedAndAChunkRetriedAfter429Once() {
        sim().faults().onPath("/voice/send").skip(1).next(1).respond(429).retryAfterSeconds(1);

        Exchange ex = send("clicksend-voice:send?batchSize=2&to=%2B61411111111", List.of("a", "b", "c"));

        assertThat(ex.getException()).isNull();
        assertThat(sends()).hasSize(3);
        assertThat(ex.getMessage().getHeader(BATCH_COUNT)).isEqualTo(2);
    }
}
