package io.github.camelclicksend.voice.examples.jms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.jms.ConnectionFactory;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

/**
 * Starts an Artemis broker in-process, the route, and (unless CLICKSEND_USERNAME and CLICKSEND_API_KEY are set) the
 * ClickSend simulator; puts the requests of call-requests.jsonl on the requests queue, plus 1,000 generated ones when
 * the simulator answers (-Drequests=N to change); waits until every request has its outcome and prints them.
 */
public final class JmsCallsExample {

    private JmsCallsExample() {
    }

    public static void main(String[] args) throws Exception {
        ClickSendConnection clicksend = ClickSendConnection.fromEnvironment();
        try (EmbeddedArtemis artemis = EmbeddedArtemis.start(0);
             ClickSendSimulator simulator = clicksend == null ? ClickSendSimulator.start() : null) {
            if (simulator != null) {
                clicksend = new ClickSendConnection(simulator.baseUrl(), simulator.username(), simulator.apiKey());
                System.out.println("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not set: calling the ClickSend "
                                   + "simulator started in-process at " + simulator.baseUrl() + ".");
            } else {
                System.out.println("Calling ClickSend at " + clicksend.baseUrl() + " as CLICKSEND_USERNAME.");
            }
            String run = "run" + Instant.now().getEpochSecond();
            List<String> requests = new ArrayList<>(JmsRequests.resource("call-requests.jsonl", run));
            if (simulator != null) {
                requests.addAll(JmsRequests.callable(run, Integer.getInteger("requests", 1_000)));
            }
            ConnectionFactory factory = artemis.connectionFactory();
            try (JmsCallsInstance ignored = JmsCallsInstance.start(factory, clicksend, 4)) {
                long start = System.nanoTime();
                JmsRequests.send(factory, CallQueues.REQUESTS, requests);
                System.out.println("Put " + requests.size() + " requests on '" + CallQueues.REQUESTS
                                   + "'; waiting for their outcomes.");
                artemis.awaitOutcomes(requests.size(), Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                List<JmsRequests.Queued> results = JmsRequests.drain(factory, CallQueues.RESULTS);
                List<JmsRequests.Queued> deadLetters = JmsRequests.drain(factory, CallQueues.DEAD_LETTERS);
                print(requests.size(), results, deadLetters, simulator, seconds);
            }
        }
    }

    private static void print(int requests, List<JmsRequests.Queued> results, List<JmsRequests.Queued> deadLetters,
                              ClickSendSimulator simulator, double seconds) {
        System.out.printf("%nRequests in:        %,d%n", requests);
        System.out.printf("Results out:        %,d%n", results.size());
        System.out.printf("Dead letters out:   %,d%n", deadLetters.size());
        if (simulator != null) {
            List<SimulatedCall> calls = simulator.acceptedMessages();
            long distinct = calls.stream().map(SimulatedCall::customString).distinct().count();
            System.out.printf("Simulator's ledger: %,d calls, %,d distinct request ids%n", calls.size(), distinct);
        }
        System.out.printf("Throughput:         %,.0f calls/s (%,d calls in %.1f s, from the first request put to "
                          + "the last outcome queued)%n", results.size() / seconds, results.size(), seconds);
        if (!results.isEmpty()) {
            System.out.println("\nFirst result:\n  " + results.get(0).text());
        }
        System.out.println("Dead letters:");
        for (JmsRequests.Queued d : deadLetters) {
            System.out.println("  " + d.reason() + " (" + d.detail() + "): " + d.text());
        }
    }
}
