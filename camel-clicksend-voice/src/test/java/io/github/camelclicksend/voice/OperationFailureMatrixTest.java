package io.github.camelclicksend.voice;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation fails the same way for the same cause (DESIGN 3.5): the exception type, the HTTP and response
 * codes, and whether sending again is safe, whichever operation met the failure.
 */
class OperationFailureMatrixTest extends SimulatorTestSupport {

    private static final int RESPONSE_TIMEOUT_MS = 400;

    enum Failure {
        CONNECTION_REFUSED(0, ClickSendVoiceApiException.CONNECTION_FAILED, true),
        RESPONSE_TIMEOUT(-1, null, false),
        CONNECTION_RESET(-1, null, false),
        UNAUTHORIZED(401, "UNAUTHORIZED", false),
        RATE_LIMITED_AFTER_RETRIES(429, "TOO_MANY_REQUESTS", true),
        SERVER_ERROR(500, "INTERNAL_SERVER_ERROR", false),
        UNAVAILABLE(503, "SERVICE_UNAVAILABLE", true),
        MALFORMED_JSON(-1, null, false);

        /** The HTTP code of the ClickSendVoiceApiException, or -1 for a ClickSendVoiceOutcomeUnknownException. */
        final int httpCode;
        final String responseCode;
        final boolean retrySafe;

        Failure(int httpCode, String responseCode, boolean retrySafe) {
            this.httpCode = httpCode;
            this.responseCode = responseCode;
            this.retrySafe = retrySafe;
        }

        void plan(ClickSendSimulator sim) {
            switch (this) {
                case RESPONSE_TIMEOUT -> sim.faults().next(1).trickle(Duration.ofSeconds(2), 1);
                case CONNECTION_RESET -> sim.faults().next(1).dropAfterProcessing();
                case RATE_LIMITED_AFTER_RETRIES -> sim.faults().next(2).respond(429).retryAfterSeconds(0);
                case SERVER_ERROR -> sim.faults().next(1).respond(500);
                case UNAVAILABLE -> sim.faults().next(1).respond(503);
                case MALFORMED_JSON -> sim.faults().next(1).malformedJson();
                case CONNECTION_REFUSED, UNAUTHORIZED -> {
                    // made by the endpoint's URI
                }
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ClickSendVoiceOperation operation : ClickSendVoiceOperation.values()) {
            for (Failure failure : Failure.values()) {
                cases.add(Arguments.of(operation, failure));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("cases")
    void sameFailureSameMeaning(ClickSendVoiceOperation operation, Failure failure) throws Exception {
        int closedPort = closedPort();
        StringBuilder uri = new StringBuilder("clicksend-voice:" + operation + "?rateLimitRetries=1&responseTimeout="
                                              + RESPONSE_TIMEOUT_MS + "&to=%2B61411111111&messageId=ABC-123&ruleId=7");
        if (failure == Failure.CONNECTION_REFUSED) {
            uri.append("&baseUrl=http://127.0.0.1:").append(closedPort).append("/v3");
        }
        if (failure == Failure.UNAUTHORIZED) {
            uri.append("&apiKey=WRONG-KEY");
        }
        failure.plan(sim());
        Object body = switch (operation) {
            case send, price -> "Your appointment is tomorrow at nine.";
            case createReceiptRule, updateReceiptRule -> VoiceReceiptRule.builder().ruleName("receipts to the app")
                    .action(VoiceReceiptRule.ACTION_URL).actionAddress("https://app.example.com/receipts").build();
            default -> null;
        };

        Exchange ex = send(uri.toString(), body);

        if (failure.httpCode < 0) {
            assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
            return;
        }
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class);
        ClickSendVoiceApiException e = (ClickSendVoiceApiException) ex.getException();
        assertThat(e.getHttpCode()).isEqualTo(failure.httpCode);
        assertThat(e.getResponseCode()).isEqualTo(failure.responseCode);
        assertThat(e.isRetrySafe()).isEqualTo(failure.retrySafe);
        assertThat(e.isOutcomeUnknown()).isEqualTo(failure == Failure.SERVER_ERROR);
        if (failure == Failure.CONNECTION_REFUSED) {
            assertThat(e).hasMessageContaining("127.0.0.1:" + closedPort);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
