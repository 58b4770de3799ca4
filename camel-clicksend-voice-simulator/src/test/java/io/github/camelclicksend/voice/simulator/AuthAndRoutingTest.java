package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthAndRoutingTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static final String UNAUTHORIZED =
            "{\"http_code\":401,\"response_code\":\"UNAUTHORIZED\",\"response_msg\":\"Authorization failed.\",\"data\":null}";

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    @Test
    void missingWrongAndInactiveCredentialsGetTheSame401() {
        Reply missing = api.as(null, null).get("/voice/lang");
        Reply wrongKey = api.as(SIM.username(), "nope").get("/voice/lang");
        Reply unknownUser = api.as("someone", SIM.apiKey()).get("/voice/lang");
        Reply notActive = api.as(ClickSendSimulator.NOTACTIVE_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY)
                .get("/voice/lang");

        for (Reply reply : List.of(missing, wrongKey, unknownUser, notActive)) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).isEqualTo(UNAUTHORIZED);
            assertThat(reply.header("WWW-Authenticate")).isNull();
        }
    }

    @Test
    void bannedAccountIsForbidden() {
        Reply reply = api.as(ClickSendSimulator.BANNED_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY)
                .post("/voice/send", messages(call("+61411111111", "hi")));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("FORBIDDEN");
        assertThat(reply.json().get("response_msg").asText())
                .isEqualTo("Your account is suspended. Please contact support for more information.");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void unknownPathIsInvalidEndpoint() {
        Reply unknown = api.get("/voice/nothing-here");
        Reply outsideV3 = api.get(SIM.baseUrl().replace("/v3", "/v2/voice/lang"));
        Reply unknownWithoutCredentials = api.as(null, null).post("/voice/nothing-here", "{}");

        for (Reply reply : List.of(unknown, outsideV3, unknownWithoutCredentials)) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("response_code").asText()).isEqualTo("NOT_FOUND");
            assertThat(reply.json().get("response_msg").asText()).isEqualTo("Invalid endpoint. Please try again.");
        }
    }

    @Test
    void aWrongMethodOnAKnownPathIs405MethodNotFoundBeforeTheCredentials() {
        Reply getSend = api.get("/voice/send");
        Reply deleteReceipts = api.send("DELETE", "/voice/receipts", null);
        Reply postRule = api.post("/automations/voice/receipts/1", "{}");
        Reply withoutCredentials = api.as(null, null).put("/voice/history", "{}");

        for (Reply reply : List.of(getSend, deleteReceipts, postRule, withoutCredentials)) {
            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.json().get("http_code").asInt()).isEqualTo(405);
            assertThat(reply.json().get("response_code").asText()).isEqualTo("METHOD_NOT_FOUND");
            assertThat(reply.json().get("response_msg").asText()).isEqualTo("Method Not Allowed.");
            assertThat(reply.json().get("data").isNull()).isTrue();
        }
        assertThat(getSend.header("Allow")).isEqualTo("POST");
        assertThat(deleteReceipts.header("Allow")).isEqualTo("GET, POST");
        assertThat(postRule.header("Allow")).isEqualTo("GET, PUT, DELETE");
        assertThat(SIM.acceptedMessages()).isEmpty();
    }

    @Test
    void everyAnswerCarriesRateLimitHeaders() {
        Reply first = api.get("/voice/lang");
        Reply second = api.get("/voice/lang");
        Reply denied = api.as(null, null).get("/voice/lang");
        Reply notFound = api.get("/nowhere");

        for (Reply reply : List.of(first, second, denied, notFound)) {
            assertThat(reply.header("x-ratelimit-limit")).isEqualTo("6000");
            assertThat(reply.header("x-ratelimit-remaining")).isNotNull();
            assertThat(Long.parseLong(reply.header("ratelimit-reset"))).isBetween(1L, 60L);
        }
        assertThat(Integer.parseInt(second.header("x-ratelimit-remaining")))
                .isEqualTo(Integer.parseInt(first.header("x-ratelimit-remaining")) - 1);
    }

    @Test
    void enforcedRateLimitAnswers429WithRetryAfter() {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().rateLimit(2).start()) {
            Api limited = new Api(sim);
            assertThat(limited.get("/voice/lang").status()).isEqualTo(200);
            assertThat(limited.get("/voice/lang").header("x-ratelimit-remaining")).isEqualTo("0");

            Reply third = limited.get("/voice/lang");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.json().get("response_code").asText()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(third.header("Retry-After")).isEqualTo(third.header("ratelimit-reset"));
        }
    }

    @Test
    void addedAccountsHaveTheirOwnState() {
        SIM.simulator().addAccount("alice", "alice-key");
        Api alice = api.as("alice", "alice-key");

        alice.post("/voice/send", messages(call("+61411111111", "from alice")));

        assertThat(alice.get("/voice/history").data().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/voice/history").data().get("total").asInt()).isZero();
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::username).containsExactly("alice");
    }

    @Test
    void recordsEveryRequestWithoutExposingTheKeyInToString() {
        api.post("/voice/price", messages(call("+61411111111", "hi")));
        api.get("/voice/history?page=2&limit=20");
        api.as(null, null).get("/voice/lang");

        List<RecordedRequest> all = SIM.requests();
        assertThat(all).extracting(RecordedRequest::method).containsExactly("POST", "GET", "GET");
        assertThat(all).extracting(RecordedRequest::path)
                .containsExactly("/v3/voice/price", "/v3/voice/history", "/v3/voice/lang");
        RecordedRequest history = SIM.simulator().requests("GET", "/v3/voice/history").get(0);
        assertThat(history.query()).containsEntry("page", "2").containsEntry("limit", "20");
        assertThat(history.username()).isEqualTo(SIM.username());
        assertThat(history.header("authorization")).startsWith("Basic ");
        assertThat(history.toString()).doesNotContain(SIM.apiKey()).doesNotContain(history.header("Authorization"));
        RecordedRequest price = SIM.simulator().requests("post", "/voice/price").get(0);
        assertThat(price.body()).contains("+61411111111");
        assertThat(price.header("Content-Type")).isEqualTo("application/json");
        assertThat(all.get(2).username()).isNull();
        assertThat(all.get(0).received()).isBeforeOrEqualTo(all.get(1).received());
    }
}
