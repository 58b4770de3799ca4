package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.util.function.ThrowingConsumer;
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
    void tenThousandCallsArePlacedOnceEachAndEveryBadRequestIsADeadLetter(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = new ArrayList<>(SampleRequests.callable(run, 10_000));
        requests.addAll(SampleRequests.invalid(run, 100));
        requests.addAll(SampleRequests.rejected(run, 100));
        Collections.shuffle(requests, new Random(7));

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertTotals(requests.size(), outcomes, 10_000);
            assertThat(outcomes.deadLettersByReason()).isEqualTo(Map.of("INVALID", 100L, "REJECTED", 100L));
            assertThat(outcomes.deadLetters()).filteredOn(d -> d.path("reason").asText().equals("REJECTED"))
                    .allSatisfy(d -> assertThat(d.path("detail").asText()).isEqualTo("NOT_ENOUGH_PERMISSION_TO_LIST_ID"));
            assertThat(outcomes.deadLetters()).filteredOn(d -> d.path("reason").asText().equals("INVALID"))
                    .allSatisfy(d -> assertThat(d.path("detail").asText()).startsWith("Invalid to of message 0"));
            assertThat(outcomes.results()).allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("SUCCESS"));
            report("10,000 calls", requests.size(), outcomes, seconds, instance.stats());
        }
    }

    /**
     * Two 503s (nothing called): the batch is sent again and goes through. Then a reset after ClickSend processed a
     * batch: its outcome is unknown, so its requests become OUTCOME_UNKNOWN dead letters and are never sent again.
     */
    @Test
    void clickSendErrorsAreRetriedOrDeadLetteredButNeverSentTwice(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 2_000);
        SIM.faults().next(2).respond(503);
        SIM.faults().next(1).dropAfterProcessing();

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(outcomes.ids()).hasSize(2_000).doesNotHaveDuplicates();
            assertThat(outcomes.deadLetters()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.path("reason").asText()).isEqualTo("OUTCOME_UNKNOWN"));
            List<String> called = callsOfThisRun().stream().map(SimulatedCall::customString).toList();
            assertThat(called).hasSize(2_000).doesNotHaveDuplicates();
            assertThat(SIM.simulator().requests("POST", "/voice/send")).hasSize((int) instance.stats().batches() + 2);
            report("2 × 503 and a reset", 2_000, outcomes, seconds, instance.stats());
        }
    }

    /**
     * The first instance gets requests in a trickle, so that it holds part-filled batches when the second one joins
     * and the group rebalances; then both share a second wave.
     */
    @Test
    void twoInstancesInOneGroupShareThePartitions(TestInfo test) throws Exception {
        newRun(test);
        List<String> first = SampleRequests.callable(run + "-a", 1_000);
        List<String> second = SampleRequests.callable(run + "-b", 5_000);

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

                assertTotals(6_000, outcomes, 6_000);
                assertThat(one.stats().results()).isPositive();
                assertThat(two.stats().results()).isPositive();
                assertThat(one.stats().results() + two.stats().results()).isEqualTo(6_000);
                report("two instances", 6_000, outcomes, seconds, one.stats());
                System.out.printf("  instance 1: %s%n  instance 2: %s%n", one.stats(), two.stats());
            }
        }
    }

    @Test
    void routeRestartMidRunKeepsTheTotals(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 5_000);
        SIM.faults().latency(Duration.ofMillis(200));

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            awaitResults(instance.stats(), 1_000);
            instance.restartRoute();
            long doneAtRestart = instance.stats().results();
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(doneAtRestart).isLessThan(5_000);
            assertTotals(5_000, outcomes, 5_000);
            report("route restart after " + doneAtRestart + " calls", 5_000, outcomes, seconds, instance.stats());
        }
    }

    @Test
    // last: after a restart the test kit's broker hands out producer ids again, and idempotent producers of later
    // tests would then fail with OutOfOrderSequenceException
    @Order(Integer.MAX_VALUE)
    void brokerRestartMidRunKeepsTheTotals(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 5_000);
        SIM.faults().latency(Duration.ofMillis(200));

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run)) {
            long start = System.nanoTime();
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            awaitResults(instance.stats(), 1_000);
            long doneAtRestart = instance.stats().results();
            kafka.restartBroker(Duration.ofSeconds(2));
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(doneAtRestart).isLessThan(5_000);
            assertTotals(5_000, outcomes, 5_000);
            report("broker restart after " + doneAtRestart + " calls", 5_000, outcomes, seconds, instance.stats());
        }
    }

    /**
     * An instance crashes after recording its first batch and before committing it (here: every commit fails, so it
     * never gets further). A new instance, whose repository reads the recorded ids from Kafka on start, reads that
     * batch again and skips it: nobody is called twice, and nothing is lost.
     */
    @Test
    void newInstanceAfterACrashBeforeTheCommitSkipsWhatWasRecorded(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 3_000);
        AtomicBoolean failed = new AtomicBoolean();

        long start = System.nanoTime();
        KafkaCallsInstance crashing = KafkaCallsInstance.start(settings, simulator(), run + "-crashing",
                failAlwaysBefore("commit", failed));
        try (crashing) {
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            awaitResults(crashing.stats(), 1);
        }
        long recordedBeforeTheCrash = crashing.stats().results();
        try (KafkaCallsInstance next = KafkaCallsInstance.start(settings, simulator(), run + "-next")) {
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(failed).isTrue();
            assertTotals(3_000, outcomes, 3_000);
            assertThat(next.stats().skipped()).isEqualTo(recordedBeforeTheCrash);
            assertThat(next.stats().results()).isEqualTo(3_000 - recordedBeforeTheCrash);
            report("new instance after a crash before the commit of " + recordedBeforeTheCrash + " calls", 3_000,
                    outcomes, seconds, next.stats());
        }
    }

    /**
     * The window the README names: calls placed, then a crash before their outcome is recorded. Only that batch is
     * read again and called a second time; each request still has one outcome record.
     */
    @Test
    void crashBetweenSendAndRecordCallsOnlyThatBatchAgain(TestInfo test) throws Exception {
        newRun(test);
        List<String> requests = SampleRequests.callable(run, 3_000);
        AtomicBoolean failed = new AtomicBoolean();

        try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, simulator(), run,
                failOnceBefore("record", failed))) {
            SampleRequests.produce(settings.brokers(), settings.topics().requests(), requests);
            Outcomes outcomes = Outcomes.awaitAll(settings, TIMEOUT);

            assertThat(failed).isTrue();
            assertThat(outcomes.ids()).hasSize(3_000).doesNotHaveDuplicates();
            Map<String, Long> callsPerId = callsOfThisRun().stream()
                    .collect(Collectors.groupingBy(SimulatedCall::customString, Collectors.counting()));
            assertThat(callsPerId).hasSize(3_000);
            long twice = callsPerId.values().stream().filter(n -> n == 2).count();
            assertThat(callsPerId.values()).allMatch(n -> n <= 2);
            assertThat(twice).isBetween(1L, 1_000L);
            System.out.printf("[kafka] crash between send and record: %,d requests, %,d outcomes, %,d calls "
                              + "placed twice (the batch in the window), all others once%n", 3_000,
                    outcomes.ids().size(), twice);
        }
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
        return SIM.acceptedMessages().stream().filter(c -> c.customString().startsWith(run)).toList();
    }

    /** Each request has exactly one outcome record, and each callable one is on the ledger exactly once. */
    private void assertTotals(int requests, Outcomes outcomes, int calls) {
        assertThat(outcomes.ids()).hasSize(requests).doesNotHaveDuplicates();
        assertThat(outcomes.results()).hasSize(calls);
        List<String> called = callsOfThisRun().stream().map(SimulatedCall::customString).toList();
        assertThat(called).hasSize(calls).doesNotHaveDuplicates();
        assertThat(called).containsExactlyInAnyOrderElementsOf(
                outcomes.results().stream().map(r -> r.path("id").asText()).toList());
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

    private static ThrowingConsumer<AdviceWithRouteBuilder, Exception> failOnceBefore(String step,
                                                                                      AtomicBoolean failed) {
        return route -> route.weaveById(step).before().process(e -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("Simulated crash before " + step);
            }
        });
    }

    private static ThrowingConsumer<AdviceWithRouteBuilder, Exception> failAlwaysBefore(String step,
                                                                                        AtomicBoolean failed) {
        return route -> route.weaveById(step).before().process(e -> {
            failed.set(true);
            throw new IllegalStateException("Simulated crash before " + step);
        });
    }

    private void report(String scenario, int requests, Outcomes outcomes, double seconds, CallStats stats) {
        int calls = callsOfThisRun().size();
        System.out.printf("[kafka] %s: %,d requests in, %,d results + %,d dead letters out, %,d calls on the "
                          + "simulator's ledger, none twice; %,.0f calls/s over %.1f s; %s%n", scenario, requests,
                outcomes.results().size(), outcomes.deadLetters().size(), calls, calls / seconds, seconds, stats);
    }
}
