package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

/**
 * Starts a Kafka broker in-process, the route, and (unless CLICKSEND_USERNAME and CLICKSEND_API_KEY are set) the
 * ClickSend simulator; puts the requests of call-requests.jsonl on the requests topic, plus 10,000 generated ones
 * when the simulator answers (-Drequests=N to change); waits until every request is committed and prints what came
 * out.
 */
public final class KafkaCallsExample {

    private KafkaCallsExample() {
    }

    public static void main(String[] args) throws Exception {
        ClickSendConnection clicksend = ClickSendConnection.fromEnvironment();
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             ClickSendSimulator simulator = clicksend == null ? ClickSendSimulator.start() : null) {
            if (simulator != null) {
                clicksend = new ClickSendConnection(simulator.baseUrl(), simulator.username(), simulator.apiKey());
                System.out.println("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not set: calling the ClickSend "
                                   + "simulator started in-process at " + simulator.baseUrl() + ".");
            } else {
                System.out.println("Calling ClickSend at " + clicksend.baseUrl() + " as CLICKSEND_USERNAME.");
            }
            CallTopics topics = CallTopics.withPrefix("");
            kafka.createTopics(topics, 4);
            KafkaCallsSettings settings = KafkaCallsSettings.of(kafka.bootstrapServers(), topics, "clicksend-callers");

            String run = "run" + Instant.now().getEpochSecond();
            List<String> requests = new ArrayList<>(SampleRequests.resource("call-requests.jsonl", run));
            if (simulator != null) {
                requests.addAll(SampleRequests.callable(run, Integer.getInteger("requests", 10_000)));
            }
            try (KafkaCallsInstance instance = KafkaCallsInstance.start(settings, clicksend, "kafka-calls")) {
                long start = System.nanoTime();
                SampleRequests.produce(settings.brokers(), topics.requests(), requests);
                System.out.printf("Put %,d requests on '%s' at %s; waiting for the route to commit them all.%n",
                        requests.size(), topics.requests(), kafka.bootstrapServers());
                Outcomes outcomes = Outcomes.awaitAll(settings, Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                print(requests.size(), outcomes, instance.stats(), simulator, seconds);
            }
        }
    }

    private static void print(int requests, Outcomes outcomes, CallStats stats, ClickSendSimulator simulator,
                              double seconds) {
        System.out.printf("%nRequests in:        %,d%n", requests);
        System.out.printf("Results out:        %,d (one per call)%n", outcomes.results().size());
        System.out.printf("Dead letters out:   %,d %s%n", outcomes.deadLetters().size(), outcomes.deadLettersByReason());
        if (simulator != null) {
            List<SimulatedCall> calls = simulator.acceptedMessages();
            long distinct = calls.stream().map(SimulatedCall::customString).distinct().count();
            System.out.printf("Simulator's ledger: %,d calls, %,d distinct request ids%n", calls.size(), distinct);
        }
        System.out.printf("Throughput:         %,.0f calls/s (%,d calls in %.1f s, from the first request put "
                          + "to the last offset committed)%n", outcomes.results().size() / seconds,
                outcomes.results().size(), seconds);
        System.out.println("Route:              " + stats);
        if (!outcomes.results().isEmpty()) {
            System.out.println("\nFirst result:\n  " + outcomes.results().get(0));
        }
        System.out.println("Dead letters:");
        for (JsonNode d : outcomes.deadLetters().subList(0, Math.min(10, outcomes.deadLetters().size()))) {
            System.out.println("  " + d);
        }
    }
}
