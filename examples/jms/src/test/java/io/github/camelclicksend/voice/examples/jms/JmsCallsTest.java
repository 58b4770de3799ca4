package io.github.camelclicksend.voice.examples.jms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelclicksend.voice.simulator.ClickSendSimulatorExtension;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transacted route against a real (in-process) Artemis broker and the ClickSend simulator over loopback. Every
 * test checks the totals: each request has exactly one outcome message, and each callable request is on the
 * simulator's ledger exactly once.
 */
class JmsCallsTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONSUMERS = 4;

    @RegisterExtension
    static final ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static EmbeddedArtemis artemis;
    private static ConnectionFactory factory;

    private String run;
    private List<JmsRequests.Queued> results;
    private List<JmsRequests.Queued> deadLetters;

    @BeforeAll
    static void startArtemis() throws Exception {
        artemis = EmbeddedArtemis.start(1);
        factory = artemis.connectionFactory();
    }

    @AfterAll
    static void stopArtemis() throws Exception {
        artemis.close();
    }

    @AfterEach
    void emptyQueues() throws Exception {
        JmsRequests.drain(factory, CallQueues.RESULTS);
        JmsRequests.drain(factory, CallQueues.DEAD_LETTERS);
    }

    @Test
    void thousandCallsArePlacedOnceEachAndEveryBadRequestIsADeadLetter(TestInfo test) throws Exception {
        run = test.getTestMethod().orElseThrow().getName();
        List<String> requests = new ArrayList<>(JmsRequests.callable(run, 1_000));
        requests.addAll(JmsRequests.invalid(run, 10));
        requests.addAll(JmsRequests.rejected(run, 10));
        Collections.shuffle(requests, new Random(7));

        try (JmsCallsInstance ignored = JmsCallsInstance.start(factory, simulator(), CONSUMERS)) {
            double seconds = sendAndAwait(requests);

            assertTotals(requests.size(), 1_000);
            assertThat(deadLetters.stream().collect(Collectors.groupingBy(JmsRequests.Queued::reason,
                    Collectors.counting()))).isEqualTo(Map.of("INVALID", 10L, "REJECTED", 10L));
            assertThat(deadLetters).filteredOn(d -> d.reason().equals("REJECTED"))
                    .allSatisfy(d -> assertThat(d.detail()).isEqualTo("NOT_ENOUGH_PERMISSION_TO_LIST_ID"));
            assertThat(deadLetters).filteredOn(d -> d.reason().equals("INVALID"))
                    .allSatisfy(d -> assertThat(d.detail()).startsWith("Invalid to of message 0"));
            report("1,000 calls", requests.size(), seconds);
        }
    }

    @Test
    void routeRestartMidRunKeepsTheTotals(TestInfo test) throws Exception {
        run = test.getTestMethod().orElseThrow().getName();
        List<String> requests = JmsRequests.callable(run, 1_000);
        SIM.faults().latency(Duration.ofMillis(10));

        try (JmsCallsInstance instance = JmsCallsInstance.start(factory, simulator(), CONSUMERS)) {
            long start = System.nanoTime();
            JmsRequests.send(factory, CallQueues.REQUESTS, requests);
            while (artemis.messageCount(CallQueues.RESULTS) < 300) {
                Thread.sleep(5);
            }
            instance.restartRoute();
            long doneAtRestart = artemis.messageCount(CallQueues.RESULTS);
            artemis.awaitOutcomes(requests.size(), TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            drainOutcomes();

            assertThat(doneAtRestart).isLessThan(1_000);
            assertTotals(1_000, 1_000);
            report("route restart after " + doneAtRestart + " calls", 1_000, seconds);
        }
    }

    /**
     * 503s roll the transaction back and the broker delivers the request again (nothing was called); a reset after
     * ClickSend processed the request is a dead letter OUTCOME_UNKNOWN, never sent again: that call is placed once.
     */
    @Test
    void notProcessedRequestsAreRetriedAndUnknownOutcomesAreNot(TestInfo test) throws Exception {
        run = test.getTestMethod().orElseThrow().getName();
        List<String> requests = JmsRequests.callable(run, 50);
        SIM.faults().next(3).respond(503);
        SIM.faults().next(1).dropAfterProcessing();

        try (JmsCallsInstance ignored = JmsCallsInstance.start(factory, simulator(), CONSUMERS)) {
            double seconds = sendAndAwait(requests);

            assertThat(results).hasSize(49);
            assertThat(deadLetters).singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("OUTCOME_UNKNOWN"));
            List<String> called = callsOfThisRun();
            assertThat(called).hasSize(50).doesNotHaveDuplicates();
            assertThat(SIM.simulator().requests("POST", "/voice/send")).hasSize(53);
            report("3 × 503 and a reset", 50, seconds);
        }
    }

    /**
     * The window the README names: the call was placed, then the transaction rolled back (here a failure right after
     * the result was queued; in production a crash). The result is rolled back with it, so the request still has one
     * outcome, but the broker delivers it again and that call is placed a second time.
     */
    @Test
    void rollbackAfterTheCallTakesBackTheResultButCallsAgain(TestInfo test) throws Exception {
        run = test.getTestMethod().orElseThrow().getName();
        List<String> requests = JmsRequests.callable(run, 20);
        AtomicBoolean failed = new AtomicBoolean();

        try (JmsCallsInstance ignored = JmsCallsInstance.start(factory, simulator(), CONSUMERS,
                route -> route.weaveById("results").after().process(e -> {
                    if (failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("Simulated crash after the result was queued");
                    }
                }))) {
            sendAndAwait(requests);

            assertThat(failed).isTrue();
            assertThat(results).hasSize(20);
            assertThat(deadLetters).isEmpty();
            Map<String, Long> callsPerId = callsOfThisRun().stream()
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(callsPerId).hasSize(20);
            assertThat(callsPerId.values().stream().filter(n -> n == 2)).hasSize(1);
            assertTotals(20, 20, true);
            System.out.printf("[jms] rollback after the call: 20 requests, 20 results, 1 call placed twice (the "
                              + "request in the window), all others once%n");
        }
    }

    private double sendAndAwait(List<String> requests) throws Exception {
        long start = System.nanoTime();
        JmsRequests.send(factory, CallQueues.REQUESTS, requests);
        artemis.awaitOutcomes(requests.size(), TIMEOUT);
        double seconds = (System.nanoTime() - start) / 1e9;
        drainOutcomes();
        return seconds;
    }

    private void drainOutcomes() throws Exception {
        results = JmsRequests.drain(factory, CallQueues.RESULTS);
        deadLetters = JmsRequests.drain(factory, CallQueues.DEAD_LETTERS);
    }

    private static ClickSendConnection simulator() {
        return new ClickSendConnection(SIM.baseUrl(), SIM.username(), SIM.apiKey());
    }

    private List<String> callsOfThisRun() {
        return SIM.acceptedMessages().stream().map(SimulatedCall::customString).filter(id -> id.startsWith(run))
                .toList();
    }

    /** Each request has exactly one outcome, and each callable one is on the ledger exactly once. */
    private void assertTotals(int requests, int calls) throws Exception {
        assertTotals(requests, calls, false);
    }

    private void assertTotals(int requests, int calls, boolean oneCalledTwice) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JmsRequests.Queued result : results) {
            JsonNode messages = JSON.readTree(result.text()).path("messages");
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).path("status").asText()).isEqualTo("SUCCESS");
            ids.add(messages.get(0).path("customString").asText());
        }
        for (JmsRequests.Queued deadLetter : deadLetters) {
            ids.add(JSON.readTree(deadLetter.text()).path("custom_string").asText());
        }
        assertThat(ids).hasSize(requests).doesNotHaveDuplicates();
        assertThat(results).hasSize(calls);
        List<String> called = callsOfThisRun().stream().distinct().toList();
        assertThat(callsOfThisRun()).hasSize(oneCalledTwice ? calls + 1 : calls);
        assertThat(called).containsExactlyInAnyOrderElementsOf(ids.subList(0, calls));
    }

    private void report(String scenario, int requests, double seconds) {
        System.out.printf("[jms] %s: %,d requests in, %,d results + %,d dead letters out, %,d calls on the "
                          + "simulator's ledger, none twice; %,.0f calls/s over %.1f s%n", scenario, requests,
                results.size(), deadLetters.size(), callsOfThisRun().size(), results.size() / seconds, seconds);
    }
}
