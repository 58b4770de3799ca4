package io.github.camelclicksend.voice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelclicksend.voice.client.HttpTransport;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.FaultTarget;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.FaultMatrixTest.Outcome.RETRY_SAFE_ERROR;
import static io.github.camelclicksend.voice.FaultMatrixTest.Outcome.SUCCESS;
import static io.github.camelclicksend.voice.FaultMatrixTest.Outcome.UNKNOWN;
import static io.github.camelclicksend.voice.FaultMatrixTest.Outcome.UNSAFE_ERROR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every fault the API or the network can produce, on a one-message send and on the 2nd of the 3 chunks of a
 * 2500-message send, without redelivery and with Camel's redelivery (maximumRedeliveries 3). Each case checks the
 * exception type and its retry safety, the simulator's ledger (every message accepted at most once, the expected
 * number accepted), exactly one callback, an empty inflight repository, and no leased or pending connection.
 */
class FaultMatrixTest extends SimulatorTestSupport {

    private static final int MESSAGES = 2500;
    private static final int CHUNK = 1000;
    private static final int RESPONSE_TIMEOUT_MS = 400;

    enum Outcome {
        SUCCESS,
        /** ClickSendVoiceApiException with isRetrySafe(): the chunk was provably not processed. */
        RETRY_SAFE_ERROR,
        /** ClickSendVoiceApiException, not retry-safe: the API answered an error after which its state is unknown. */
        UNSAFE_ERROR,
        /** ClickSendVoiceOutcomeUnknownException naming the chunk's messages. */
        UNKNOWN
    }

    enum Fault {
        RATE_LIMITED_ONCE(false, SUCCESS, SUCCESS),
        RATE_LIMITED_BEYOND_RETRIES(false, RETRY_SAFE_ERROR, SUCCESS),
        SERVER_ERROR_500(false, UNSAFE_ERROR, UNKNOWN),
        BAD_GATEWAY_502(false, UNSAFE_ERROR, UNKNOWN),
        UNAVAILABLE_503(false, RETRY_SAFE_ERROR, SUCCESS),
        CONNECTION_REFUSED(false, RETRY_SAFE_ERROR, SUCCESS),
        RESET_BEFORE_BODY_READ(false, UNKNOWN, UNKNOWN),
        RESET_AFTER_PROCESSING(true, UNKNOWN, UNKNOWN),
        CLOSED_WITHOUT_ANSWER(true, UNKNOWN, UNKNOWN),
        RESPONSE_TIMEOUT(true, UNKNOWN, UNKNOWN),
        MALFORMED_JSON(true, UNKNOWN, UNKNOWN),
        PROXY_HTML_PAGE_502(false, UNSAFE_ERROR, UNKNOWN),
        SLOW_TRICKLE(true, SUCCESS, SUCCESS);

        /** Whether the simulator places the chunk's calls before the fault strikes. */
        final boolean processed;
        final Outcome withoutRedelivery;
        final Outcome withRedelivery;

        Fault(boolean processed, Outcome withoutRedelivery, Outcome withRedelivery) {
            this.processed = processed;
            this.withoutRedelivery = withoutRedelivery;
            this.withRedelivery = withRedelivery;
        }

        void plan(FaultTarget target, boolean chunked) {
            switch (this) {
                case RATE_LIMITED_ONCE -> target.next(1).respond(429).retryAfterSeconds(1);
                case RATE_LIMITED_BEYOND_RETRIES -> target.next(2).respond(429).retryAfterSeconds(1);
                case SERVER_ERROR_500 -> target.next(1).respond(500);
                case BAD_GATEWAY_502 -> target.next(1).respond(502);
                case UNAVAILABLE_503 -> target.next(1).respond(503);
                case CONNECTION_REFUSED -> {
                    // done by the relay
                }
                case RESET_BEFORE_BODY_READ -> target.next(1).dropBeforeBody();
                case RESET_AFTER_PROCESSING -> target.next(1).dropAfterProcessing();
                case CLOSED_WITHOUT_ANSWER -> target.next(1).closeWithoutResponse();
                case RESPONSE_TIMEOUT -> target.next(1).trickle(Duration.ofSeconds(2), 1);
                case MALFORMED_JSON -> target.next(1).malformedJson();
                case PROXY_HTML_PAGE_502 -> target.next(1).htmlErrorPage(502);
                case SLOW_TRICKLE -> target.next(1).trickle(Duration.ofMillis(10), chunked ? 16384 : 32);
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Fault f : Fault.values()) {
            for (boolean chunked : new boolean[] { false, true }) {
                for (boolean redelivery : new boolean[] { false, true }) {
                    cases.add(Arguments.of(f, chunked, redelivery));
                }
            }
        }
        return cases.stream();
    }

    private TcpRelay relay;

    @AfterEach
    void closeRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    @ParameterizedTest(name = "{0}, chunked={1}, redelivery={2}")
    @MethodSource("cases")
    void faultEndsInSuccessOrTheRightTypedException(Fault fault, boolean chunked, boolean redelivery) throws Exception {
        int total = chunked ? MESSAGES : 1;
        int faultedFrom = chunked ? CHUNK : 0;
        int faultedTo = chunked ? 2 * CHUNK : 1;
        String baseUrl = SIM.baseUrl();
        if (fault == Fault.CONNECTION_REFUSED) {
            relay = new TcpRelay(SIM.port(), chunked ? 1 : 0);
            baseUrl = relay.baseUrl();
        }
        String uri = "clicksend-voice:send?to=%2B61411111111&rateLimitRetries=1&responseTimeout=" + RESPONSE_TIMEOUT_MS
                     + "&baseUrl=" + baseUrl;
        route(uri, redelivery ? 3 : 0);
        fault.plan(chunked ? sim().faults().onPath("/v3/voice/send").skip(1) : sim().faults().onPath("/v3/voice/send"),
                chunked);
        Object body = chunked ? IntStream.range(0, total).mapToObj(i -> "call " + i).toList() : "call 0";

        long start = System.nanoTime();
        AtomicInteger callbacks = new AtomicInteger();
        Exchange ex = run(body, callbacks);
        long millis = (System.nanoTime() - start) / 1_000_000;

        Outcome outcome = redelivery ? fault.withRedelivery : fault.withoutRedelivery;
        switch (outcome) {
            case SUCCESS -> {
                assertThat(ex.getException()).isNull();
                assertThat(ex.getMessage().getBody(VoiceSendResult.class).getAccepted()).hasSize(total);
            }
            case RETRY_SAFE_ERROR -> {
                var e = apiError(ex);
                assertThat(e.isRetrySafe()).isTrue();
                assertThat(e.getNotSentIndexes()).isEqualTo(range(faultedFrom, total));
            }
            case UNSAFE_ERROR -> {
                var e = apiError(ex);
                assertThat(e.isRetrySafe()).isFalse();
                assertThat(e.getHttpCode()).isEqualTo(502 - (fault == Fault.SERVER_ERROR_500 ? 2 : 0));
                assertThat(e.getNotSentIndexes()).isEqualTo(range(faultedTo, total));
            }
            case UNKNOWN -> {
                assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
                var e = (ClickSendVoiceOutcomeUnknownException) ex.getException();
                assertThat(e.getIndexes()).isEqualTo(range(faultedFrom, faultedTo));
                assertThat(e.getMessage()).contains(chunked // a sentence of its own when the first chunk failed
                        ? (faultedFrom == 0 ? "Messages " : "messages ") + faultedFrom + "-" + (faultedTo - 1)
                          + " have an unknown outcome"
                        : "Message 0 has an unknown outcome");
            }
        }

        List<String> accepted = sim().acceptedMessages().stream().map(SimulatedCall::body).toList();
        assertThat(accepted).as("every message accepted at most once").doesNotHaveDuplicates();
        assertThat(accepted).hasSize(expectedAccepted(fault, outcome, redelivery, total, faultedTo - faultedFrom));
        if (fault == Fault.RATE_LIMITED_ONCE || fault == Fault.RATE_LIMITED_BEYOND_RETRIES) {
            assertThat(millis).as("waited as Retry-After asked, no tight loop").isGreaterThanOrEqualTo(900);
        }
        if (fault == Fault.RATE_LIMITED_BEYOND_RETRIES && !redelivery) {
            // the first chunks, then the faulted chunk twice (rateLimitRetries=1), then nothing
            assertThat(sends()).hasSize(chunked ? 3 : 2);
        }
        assertCleanAfterwards(callbacks);
    }

    /** Before, only 500, 502 and 504 counted as unknown: a 520 or 524 from a proxy was resent, placing calls twice. */
    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = { 504, 520, 524, 599 })
    void anyServerErrorButUnavailableAfterProcessingIsNeverResent(int status) throws Exception {
        route("clicksend-voice:send?to=%2B61411111111", 3);
        sim().faults().onPath("/v3/voice/send").next(1).respondAfterProcessing(status);
        AtomicInteger callbacks = new AtomicInteger();

        Exchange ex = run("call 0", callbacks);

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        assertThat(sends()).hasSize(1);
        assertThat(sim().acceptedMessages()).hasSize(1);
        assertCleanAfterwards(callbacks);
    }

    /** resendUnknown=true trades the guarantee for completeness: the unknown chunk is sent again, and here doubled. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Fault.class, names = { "RESET_AFTER_PROCESSING", "RESET_BEFORE_BODY_READ" })
    void resendUnknownSendsTheUnknownChunkAgainOnRedelivery(Fault fault) throws Exception {
        route("clicksend-voice:send?to=%2B61411111111&resendUnknown=true", 3);
        fault.plan(sim().faults().onPath("/v3/voice/send").skip(1), true);
        AtomicInteger callbacks = new AtomicInteger();

        Exchange ex = run(IntStream.range(0, MESSAGES).mapToObj(i -> "call " + i).toList(), callbacks);

        assertThat(ex.getException()).isNull();
        assertThat(sends()).hasSize(4);
        List<String> accepted = sim().acceptedMessages().stream().map(SimulatedCall::body).toList();
        assertThat(accepted).hasSize(fault.processed ? MESSAGES + CHUNK : MESSAGES);
        assertThat(new java.util.HashSet<>(accepted)).hasSize(MESSAGES);
        assertCleanAfterwards(callbacks);
    }

    private static int expectedAccepted(Fault fault, Outcome outcome, boolean redelivery, int total, int faulted) {
        if (outcome == SUCCESS) {
            return total;
        }
        int lost = fault.processed ? 0 : faulted;
        if (redelivery) {
            return total - lost;
        }
        int notSent = total == 1 ? 0 : MESSAGES - 2 * CHUNK;
        return total - lost - notSent;
    }

    private void route(String uri, int redeliveries) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(redeliveries).redeliveryDelay(0)
                        .onRedelivery(e -> {
                            if (relay != null) {
                                relay.reopen();
                            }
                        }));
                from("direct:in").routeId("in").to(uri);
            }
        });
    }

    /** Sends through the route with a callback that counts how often it is called. */
    private Exchange run(Object body, AtomicInteger callbacks) throws Exception {
        Exchange ex = new DefaultExchange(context);
        ex.getIn().setBody(body);
        AsyncProducer producer = context.getEndpoint("direct:in").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(1);
        producer.process(ex, doneSync -> {
            callbacks.incrementAndGet();
            done.countDown();
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).as("the exchange completed").isTrue();
        producer.stop();
        return ex;
    }

    private void assertCleanAfterwards(AtomicInteger callbacks) {
        ClickSendVoiceComponent component = context.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(context.getInflightRepository().size()).isZero();
            for (HttpTransport t : component.transports()) {
                assertThat(t.poolStats().getLeased()).as("leased connections").isZero();
                assertThat(t.poolStats().getPending()).as("pending connection requests").isZero();
            }
        });
        assertThat(callbacks).as("callback.done calls").hasValue(1);
    }

    private static ClickSendVoiceApiException apiError(Exchange ex) {
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class);
        return (ClickSendVoiceApiException) ex.getException();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
