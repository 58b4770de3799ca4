package io.github.camelclicksend.voice.examples.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.camelclicksend.voice.simulator.ClickSendSimulatorExtension;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route against a real (in-process, KRaft) Kafka broker and the ClickSend simulator over loopback. Every test
 * checks the totals: each request has exactly one outcome record, and each callable request is on the simulator's
 * ledger exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaCallsTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern CUSTOM_STRING = Pattern.compile("\"custom_string\":\"([^\"]+)\"");

    @RegisterExtension
    static final ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private static EmbeddedKafka kafka;

    private KafkaCallsSettings settings;
    private String run;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void callsArePlacedOnceEachAndEveryBadRequestIsADeadLetter(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = new ArrayList<>(SampleRequests.callable(run, 2_000));
        requests.addAll(SampleRequests.invalid(run, 50));
        requests.addAll(SampleRequests.rejected(run, 50));
        Collections.shuffle(requests, new Random(7));

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertTotals(requests.size(), outcomes, 2_000, instance.stats());
            assertThat(outcomes.deadLettersByReason()).isEqualTo(Map.of("INVALID", 50L, "REJECTED", 50L));
            assertThat(outcomes.deadLetters()).filteredOn(d -> d.path("reason").asText().equals("REJECTED"))
                    .allSatisfy(d -> assertThat(d.path("detail").asText()).isEqualTo("NOT_ENOUGH_PERMISSION_TO_LIST_ID"));
            assertThat(outcomes.deadLetters()).filteredOn(d -> d.path("reason").asText().equals("INVALID"))
                    .allSatisfy(d -> assertThat(d.path("detail").asText()).startsWith("Invalid to of message 0"));
            assertThat(outcomes.results()).allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("SUCCESS"));
            assertThat(SIM.simulator().requests("GET", "/voice/history")).as("new ids never ask history").isEmpty();
            report("2,000 calls", requests.size(), outcomes, seconds, instance.stats());
        }
    }

    /**
     * Two 503s (nothing called): the batch is sent again and goes through. Then ClickSend places a batch's calls and
     * its answer is lost: ClickSendVoiceOutcomeUnknownException. The send is tried again once the lost request can no
     * longer be in flight, and the component finds the calls in ClickSend's history: nobody is called twice, and
     * every request still gets its result.
     */
    @Test
    void aLostAnswerIsSettledFromHistoryAndNobodyIsCalledTwice(TestInfo test) throws Exception {
        newRun(test);
        settings = settings.withResponseTimeoutMs(1_000);
        settings = settings.withMaxBatch(200);
        List<String> requests = SampleRequests.callable(run, 600);
        SIM.faults().onPath("/voice/send").next(2).respond(503);
        SIM.faults().onPath("/voice/send").next(1).closeWithoutResponse();

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertTotals(600, outcomes, 600, instance.stats());
            assertThat(outcomes.deadLetters()).isEmpty();
            assertThat(instance.stats().unknownOutcomes()).isPositive();
            assertThat(instance.stats().alreadySent()).as("the lost batch, found in history").isPositive();
            assertThat(SIM.simulator().requests("GET", "/voice/history")).isNotEmpty();
            report("2 × 503 and a lost answer", 600, outcomes, seconds, instance.stats());
        }
    }

    /**
     * The first instance gets requests in a trickle, so that it holds part-filled batches when the second one joins
     * and the group rebalances; then both share a second wave.
     */
    @Test
    void twoInstancesInOneGroupShareThePartitions(TestInfo test) throws Exception {
        newRun(test);
        List<String> first = SampleRequests.callable(run + "-a", 500);
        List<String> second = SampleRequests.callable(run + "-b", 1_500);

        try (KafkaCallsInstance one = KafkaCallsInstance.start(settings, simulator(), run + "-1")) {
            long start = System.nanoTime();
            Thread trickle = new Thread(() -> produceInSlices(first, 25, Duration.ofMillis(100)));
            trickle.start();
            awaitResults(one.stats(), 100);
            try (KafkaCallsInstance two = KafkaCallsInstance.start(settings, simulator(), run + "-2")) {
                trickle.join();
                Outcomes.awaitCommitted(settings, TIMEOUT);
                awaitMembersWithPartitions(2);
                SampleRequests.produce(settings.brokers(), settings.topics().requests(), second);
                Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
                double seconds = (System.nanoTime() - start) / 1e9;

                assertTotals(2_000, outcomes, 2_000, one.stats(), two.stats());
                assertThat(one.stats().results()).isPositive();
                assertThat(two.stats().results()).isPositive();
                assertThat(one.stats().results() + two.stats().results() - one.stats().alreadySent()
                           - two.stats().alreadySent()).isEqualTo(2_000);
                report("two instances", 2_000, outcomes, seconds, one.stats());
                System.out.printf("  instance 1: %s%n  instance 2: %s%n", one.stats(), two.stats());
            }
        }
    }

    @Test
    // last: after a restart the test kit's broker hands out producer ids again, and idempotent producers of later
    // tests would then fail with OutOfOrderSequenceException
    @Order(Integer.MAX_VALUE)
    void brokerRestartMidRunKeepsTheTotals(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 2_000);
        SIM.faults().latency(Duration.ofMillis(200));

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings.withMaxBatch(500), simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            awaitResults(instance.stats(), 500);
            long doneAtRestart = instance.stats().results();
            kafka.restartBroker(Duration.ofSeconds(2));
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(doneAtRestart).isLessThan(2_000);
            assertTotals(2_000, outcomes, 2_000, instance.stats());
            report("broker restart after " + doneAtRestart + " calls", 2_000, outcomes, seconds, instance.stats());
        }
    }

    /**
     * A JVM consumes 1,000 requests in exchanges of 100 and is killed with kill -9 after ClickSend accepted a batch's
     * calls and before the answer came back, so before that batch's offsets were committed. A new JVM takes over and
     * reads that batch again. With the component's KafkaIdempotentRepository it finds those calls in ClickSend's
     * history and places none of them again.
     */
    @Test
    @Order(1)
    void aKill9AfterClickSendAcceptedABatchCallsNobodyTwice(TestInfo test) throws Exception {
        Map<String, Long> callsPerId = crashAndTakeOver(test, true);

        assertThat(callsPerId).hasSize(1_000).allSatisfy((id, calls) -> assertThat(calls).as(id).isEqualTo(1L));
        Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
        assertThat(outcomes.ids()).hasSize(1_000).doesNotHaveDuplicates();
        System.out.printf("[kafka] kill -9 with the repository: 1,000 requests, %,d calls placed, %d placed twice%n",
                callsPerId.values().stream().mapToLong(Long::longValue).sum(), twice(callsPerId));
    }

    /** The same crash without the repository: the batch in flight is called a second time. */
    @Test
    @Order(2)
    void withoutTheRepositoryTheSameKill9CallsTheBatchInFlightTwice(TestInfo test) throws Exception {
        Map<String, Long> callsPerId = crashAndTakeOver(test, false);

        assertThat(callsPerId).hasSize(1_000);
        long twice = twice(callsPerId);
        assertThat(twice).isBetween(1L, (long) CRASH_BATCH);
        assertThat(callsPerId.values()).allMatch(n -> n <= 2);
        System.out.printf("[kafka] kill -9 without the repository: 1,000 requests, %,d calls placed, %d placed twice "
                          + "(the batch in flight)%n", callsPerId.values().stream().mapToLong(Long::longValue).sum(), twice);
    }

    private static final int CRASH_BATCH = 100;

    /**
     * Runs the route in a child JVM on 1,000 requests, kills it (destroyForcibly: SIGKILL) while ClickSend holds the
     * answer of a batch whose calls it has placed, then lets a second JVM finish; returns the calls per request id.
     */
    private Map<String, Long> crashAndTakeOver(TestInfo test, boolean placeOnce) throws Exception {
        newRun(test);
        settings = settings.withMaxBatch(CRASH_BATCH).withSessionTimeoutMs(2_000).withPlaceOnce(placeOnce);
        SampleRequests.produce(settings.brokers(), settings.topics().requests(), SampleRequests.callable(run, 1_000));

        Process first = child(placeOnce);
        log("first JVM started");
        try {
            awaitCalls(2 * CRASH_BATCH);
            SIM.faults().latency(Duration.ofSeconds(30)); // ClickSend places the calls, then holds the answer
            log("%,d calls placed; ClickSend now holds its answers", callsOfThisRun().size());
            String placed = awaitPlacedAndUnanswered();
            log("a batch is placed and unanswered; kill -9");
            first.destroyForcibly().waitFor();
            System.out.printf("[kafka] killed the first JVM after ClickSend placed the batch with %s (%,d calls "
                              + "placed so far)%n", placed, callsOfThisRun().size());
        } finally {
            first.destroyForcibly();
            SIM.faults().clear();
        }
        Process second = child(placeOnce);
        log("second JVM started");
        try {
            Outcomes.awaitCommitted(settings, TIMEOUT);
            log("all 1,000 requests committed");
        } finally {
            second.destroyForcibly().waitFor();
        }
        return callsOfThisRun().stream()
                .collect(Collectors.groupingBy(SimulatedCall::customString, Collectors.counting()));
    }

    private static void log(String format, Object... args) {
        System.out.printf("[kafka] %s " + format + "%n", java.util.stream.Stream.concat(
                java.util.stream.Stream.of(Instant.now()), java.util.Arrays.stream(args)).toArray());
    }

    private Process child(boolean placeOnce) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), KafkaCallsChild.class.getName(),
                settings.brokers(), run + "-", settings.groupId(), String.valueOf(settings.maxBatch()),
                String.valueOf(settings.sessionTimeoutMs()), String.valueOf(placeOnce))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", run + "-children.log").toFile()));
        builder.environment().put("CHILD_CLICKSEND_URL", SIM.baseUrl());
        builder.environment().put("CHILD_CLICKSEND_USERNAME", SIM.username());
        builder.environment().put("CHILD_CLICKSEND_API_KEY", SIM.apiKey());
        return builder.start();
    }

    private void awaitCalls(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (callsOfThisRun().size() < atLeast) {
            assertThat(System.nanoTime()).as(atLeast + " calls within " + TIMEOUT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * Waits for a send whose calls ClickSend has placed and whose answer it holds: no answer written for it 300 ms
     * after its calls were seen placed (the latency is 30 s; an answer on its way is written within microseconds).
     */
    private String awaitPlacedAndUnanswered() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (RecordedRequest send : SIM.simulator().requests("POST", "/voice/send")) {
                Matcher id = CUSTOM_STRING.matcher(send.body() == null ? "" : send.body());
                if (send.status() == null && id.find() && isPlaced(id.group(1))) {
                    Thread.sleep(300);
                    if (stillUnanswered(send)) {
                        return id.group(1);
                    }
                }
            }
            assertThat(System.nanoTime()).as("a placed, unanswered send within " + TIMEOUT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private boolean isPlaced(String customString) {
        return callsOfThisRun().stream().anyMatch(c -> c.customString().equals(customString));
    }

    private static boolean stillUnanswered(RecordedRequest send) {
        return SIM.simulator().requests("POST", "/voice/send").stream()
                .anyMatch(r -> r.received().equals(send.received()) && r.status() == null);
    }

    private static long twice(Map<String, Long> callsPerId) {
        return callsPerId.values().stream().filter(n -> n == 2).count();
    }

    private void newRun(TestInfo test) throws Exception {
        run = test.getTestMethod().orElseThrow().getName();
        CallTopics topics = CallTopics.withPrefix(run + "-");
        kafka.createTopics(topics, 4);
        settings = KafkaCallsSettings.of(kafka.bootstrapServers(), topics, run + "-callers");
    }

    private static ClickSendConnection simulator() {
        return new ClickSendConnection(SIM.baseUrl(), SIM.username(), SIM.apiKey());
    }

    private List<SimulatedCall> callsOfThisRun() {
        return SIM.acceptedMessages().stream().filter(c -> c.customString() != null && c.customString().startsWith(run + "-"))
                .toList();
    }

    /**
     * Each request has an outcome record, and each callable one is on the ledger exactly once. A request has a second
     * record only when its batch was read again after ClickSend placed its calls (a failed commit at a rebalance, a
     * crash): that record is built from ClickSend's history, so there are at most as many as calls found there.
     */
    private void assertTotals(int requests, Outcomes outcomes, int calls, CallStats... instances) {
        long foundInHistory = java.util.Arrays.stream(instances).mapToLong(CallStats::alreadySent).sum();
        assertThat(outcomes.ids().stream().distinct().count()).isEqualTo(requests);
        assertThat((long) outcomes.ids().size() - requests).isLessThanOrEqualTo(foundInHistory);
        List<String> resultIds = outcomes.results().stream().map(r -> r.path("id").asText()).distinct().toList();
        assertThat(resultIds).hasSize(calls);
        List<String> called = callsOfThisRun().stream().map(SimulatedCall::customString).toList();
        assertThat(called).hasSize(calls).doesNotHaveDuplicates();
        assertThat(called).containsExactlyInAnyOrderElementsOf(resultIds);
    }

    private void awaitMembersWithPartitions(int members) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = kafka.admin()) {
            while (true) {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(settings.groupId())).all().get()
                        .get(settings.groupId());
                if (group.members().size() == members
                    && group.members().stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty())) {
                    return;
                }
                assertThat(System.nanoTime()).as(members + " members within " + TIMEOUT).isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private void produceInSlices(List<String> requests, int slice, Duration pause) {
        try {
            for (int i = 0; i < requests.size(); i += slice) {
                SampleRequests.produce(settings.brokers(), settings.topics().requests(),
                        requests.subList(i, Math.min(requests.size(), i + slice)));
                Thread.sleep(pause.toMillis());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitResults(CallStats stats, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (stats.results() < atLeast) {
            assertThat(System.nanoTime()).as("results within " + TIMEOUT).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private void report(String scenario, int requests, Outcomes outcomes, double seconds, CallStats stats) {
        int calls = callsOfThisRun().size();
        System.out.printf("[kafka] %s: %,d requests in, %,d results + %,d dead letters out, %,d calls on the "
                          + "simulator's ledger, none twice; %,.0f calls/s over %.1f s; %s%n", scenario, requests,
                outcomes.results().size(), outcomes.deadLetters().size(), calls, calls / seconds, seconds, stats);
    }
}
