package io.github.camelclicksend.voice;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceRejectedException;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/** HTTP errors, rate limits and rejections inside a 200, mapped to typed exceptions. */
class SendErrorsTest extends SimulatorTestSupport {

    private static final String TO = "to=%2B61411111111";

    private ClickSendVoiceApiException apiError(Exchange ex) {
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class);
        return (ClickSendVoiceApiException) ex.getException();
    }

    @Test
    void wrongKeyIs401AndNotRetrySafe() {
        var e = apiError(send("clicksend-voice:send?apiKey=wrong&" + TO, "hi"));
        assertThat(e.getHttpCode()).isEqualTo(401);
        assertThat(e.getResponseCode()).isEqualTo("UNAUTHORIZED");
        assertThat(e.isRetrySafe()).isFalse();
        assertThat(e.getNotSentIndexes()).containsExactly(0);
    }

    @Test
    void inactiveAccountIs401AndBannedIs403() {
        String key = ClickSendSimulator.TEST_ACCOUNTS_API_KEY;
        var inactive = apiError(send("clicksend-voice:send?username=notactive&apiKey=" + key + "&" + TO, "hi"));
        var banned = apiError(send("clicksend-voice:send?username=banned&apiKey=" + key + "&" + TO, "hi"));
        assertThat(inactive.getHttpCode()).isEqualTo(401);
        assertThat(banned.getHttpCode()).isEqualTo(403);
        assertThat(banned.getResponseCode()).isEqualTo("FORBIDDEN");
        assertThat(banned.getResponseMsg()).contains("suspended");
        assertThat(sim().acceptedMessages()).isEmpty();
    }

    @Test
    void rateLimitIsRetriedAfterRetryAfter() {
        sim().faults().next(2).respond(429).retryAfterSeconds(1);
        long start = System.nanoTime();

        Exchange ex = send("clicksend-voice:send?" + TO, "after waiting");

        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(ex.getException()).isNull();
        assertThat(sends()).hasSize(3);
        assertThat(sim().acceptedMessages()).hasSize(1);
        // two waits of the one second Retry-After asks for: the producer did not retry in a tight loop
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1900);
    }

    @Test
    void rateLimitBeyondTheRetriesFailsRetrySafe() {
        sim().faults().next(3).respond(429).retryAfterSeconds(0);

        var e = apiError(send("clicksend-voice:send?rateLimitRetries=2&" + TO, "limited"));

        assertThat(e.getHttpCode()).isEqualTo(429);
        assertThat(e.isRetrySafe()).isTrue();
        assertThat(sends()).hasSize(3);
        assertThat(sim().acceptedMessages()).isEmpty();
    }

    @Test
    void serverErrorIsNotRetrySafe() {
        sim().faults().next(1).respond(500);
        Exchange ex = send("clicksend-voice:send?" + TO, "boom");
        var e = apiError(ex);
        assertThat(e.getHttpCode()).isEqualTo(500);
        assertThat(e.isRetrySafe()).isFalse();
        assertThat(ex.getMessage().getHeader(HTTP_CODE)).isEqualTo(500);
    }

    @Test
    void unavailableIsRetrySafe() {
        sim().faults().next(1).respond(503);
        assertThat(apiError(send("clicksend-voice:send?" + TO, "later")).isRetrySafe()).isTrue();
    }

    @Test
    void oneMessageIsNamedAsOneNotAsARange() {
        sim().faults().next(1).respond(503);

        var e = apiError(send("clicksend-voice:send?" + TO, "later"));

        assertThat(e).hasMessageContaining("Message 0 was not processed by ClickSend").hasMessageNotContaining("0-0");
    }

    @Test
    void rangesOfMessagesAreNamedAsRanges() {
        sim().faults().onPath("/v3/voice/send").skip(1).next(1).respond(503);

        var e = apiError(send("clicksend-voice:send?batchSize=2&" + TO, List.of("a", "b", "c", "d", "e")));

        assertThat(e).hasMessageContaining("Messages 0-1 were accepted; messages 2-3 were not processed by ClickSend; "
                                           + "message 4 was not sent");
    }

    @Test
    void refusedConnectionIsRetrySafeWithCodeZero() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        var e = apiError(send("clicksend-voice:send?baseUrl=http://127.0.0.1:" + closedPort + "/v3&" + TO, "nobody"));
        assertThat(e.getHttpCode()).isZero();
        assertThat(e.getResponseCode()).isEqualTo(ClickSendVoiceApiException.CONNECTION_FAILED);
        assertThat(e.isRetrySafe()).isTrue();
    }

    private List<Object> oneGoodOneRejected() {
        return List.of(Map.of("to", "+61411111111", "body", "good"), Map.of("list_id", 999, "body", "no such list"));
    }

    @Test
    void failPolicyFailsOnAnyRejectionAndKeepsTheResult() {
        Exchange ex = send("clicksend-voice:send", oneGoodOneRejected());

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceRejectedException.class)
                .hasMessageContaining("1 of 2 messages was rejected")
                .hasMessageContaining("index:status 1:NOT_ENOUGH_PERMISSION_TO_LIST_ID")
                .hasMessageContaining("; 1 was accepted");
        VoiceSendResult result = ((ClickSendVoiceRejectedException) ex.getException()).getResult();
        assertThat(result.getAccepted()).hasSize(1);
        assertThat(result.getRejected()).singleElement().satisfies(r -> assertThat(r.getIndex()).isEqualTo(1));
        assertThat(ex.getMessage().getHeader(REJECTED_COUNT)).isEqualTo(1);
    }

    @Test
    void failIfAllPolicyPassesPartialRejections() {
        Exchange ex = send("clicksend-voice:send?rejectionPolicy=FAIL_IF_ALL", oneGoodOneRejected());

        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getRejected()).hasSize(1);
    }

    @Test
    void failIfAllPolicyFailsWhenEverythingIsRejected() {
        String key = ClickSendSimulator.TEST_ACCOUNTS_API_KEY;
        Exchange ex = send("clicksend-voice:send?rejectionPolicy=FAIL_IF_ALL&username=nocredit&apiKey=" + key + "&"
                           + TO, List.of("one", "two"));

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceRejectedException.class)
                .hasMessageContaining("INSUFFICIENT_CREDIT");
    }

    @Test
    void ignorePolicyNeverFails() {
        String key = ClickSendSimulator.TEST_ACCOUNTS_API_KEY;
        Exchange ex = send("clicksend-voice:send?rejectionPolicy=IGNORE&username=nocredit&apiKey=" + key + "&" + TO,
                "no credit");

        assertThat(ex.getException()).isNull();
        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getMessages()).singleElement()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo("INSUFFICIENT_CREDIT"))
                .satisfies(r -> assertThat(r.isAccepted()).isFalse());
    }

    @Test
    void redeliveryAfterRejectionSendsNothingAgain() throws Exception {
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0));
                from("direct:rejecting").to("clicksend-voice:send");
            }
        });
        Exchange ex = send("direct:rejecting", oneGoodOneRejected());

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceRejectedException.class);
        assertThat(sends()).hasSize(1);
        assertThat(ex.getMessage().getHeader(BATCH_COUNT)).isEqualTo(0);
    }
}
