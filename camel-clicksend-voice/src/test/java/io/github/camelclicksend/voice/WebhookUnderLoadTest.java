package io.github.camelclicksend.voice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.PushFormat;
import io.github.camelclicksend.voice.simulator.PushRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The webhook under load and attack: 1,000 pushes from 16 concurrent senders, mixed with requests that carry a wrong
 * token, an oversized or a malformed body, reach the route once each (and the others never); a route failure is
 * answered 500 and the simulator's retry brings the receipt again.
 */
class WebhookUnderLoadTest extends WebhookTestSupport {

    private static final int PUSHES = 1000;
    private static final int SENDERS = 16;

    private final Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failOnce = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")").routeId("push")
                        .process(e -> {
                            String id = e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID, String.class);
                            reached.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            AtomicInteger failures = failOnce.get(id);
                            if (failures != null && failures.getAndDecrement() > 0) {
                                throw new IllegalStateException("the appointment system is busy");
                            }
                        });
            }
        };
    }

    @Test
    void aThousandPushesFromSixteenSendersReachTheRouteOnceAndAttacksNever() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<Integer>> answers = new ArrayList<>();
        String tooBig = "&pad=" + "z".repeat(4096);
        long start = System.nanoTime();
        try {
            for (int i = 0; i < PUSHES; i++) {
                String id = String.format("LOAD-%04d", i);
                answers.add(senders.submit(() -> post(webhook(TOKEN, null), "application/x-www-form-urlencoded",
                        form(id, "1")).statusCode()));
                if (i % 10 == 0) {
                    // an attacker's requests between the real ones: none of them may reach the route
                    answers.add(senders.submit(() -> -post(webhook("guess-" + id, null),
                            "application/x-www-form-urlencoded", form("EVIL-" + id, "9")).statusCode()));
                    answers.add(senders.submit(() -> -post(webhook(TOKEN, null), "application/x-www-form-urlencoded",
                            form("BIG-" + id, "9") + tooBig.repeat(17)).statusCode()));
                    answers.add(senders.submit(() -> -post(webhook(TOKEN, null), "application/json",
                            "{\"message_id\":\"BAD-" + id + "\",").statusCode()));
                }
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(codes.stream().filter(c -> c > 0)).hasSize(PUSHES).allMatch(c -> c == 200);
            assertThat(codes.stream().filter(c -> c < 0).map(c -> -c)).hasSize(300).containsOnly(401, 413, 400);
            System.out.printf("[figures] %d pushes (+300 attacks) from %d senders: %d ms, %.0f pushes/s%n", PUSHES,
                    SENDERS, millis, (PUSHES + 300) * 1000.0 / millis);
        } finally {
            senders.shutdownNow();
        }
        assertThat(reached).hasSize(PUSHES);
        assertThat(reached.keySet()).allMatch(id -> id.startsWith("LOAD-"));
        assertThat(reached.values()).allMatch(n -> n.get() == 1);
        ClickSendVoiceEndpoint endpoint = (ClickSendVoiceEndpoint) context.getRoute("push").getEndpoint();
        assertThat(endpoint.getStatistics().get(ClickSendVoiceCounter.RECEIPTS_RECEIVED)).isEqualTo(PUSHES);
    }

    @Test
    void aRouteFailureIsAnswered500AndTheSimulatorsRetryDeliversTheReceiptAgain() throws Exception {
        sim().pushFormat(PushFormat.JSON).pushRetry(3, Duration.ofMillis(100));
        sim().addReceiptRule("URL", webhook(TOKEN, null));
        failOnce.put("RETRIED-1", new AtomicInteger(1));

        sim().addReceipt("RETRIED-1", "201", "Success", "2", "appt-7", null);
        sim().addReceipt("PLAIN-1", "201", "Success", "1", "appt-8", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> sim().pendingPushes() == 0 && reached.size() == 2);

        assertThat(sim().pushes()).filteredOn(p -> p.messageId().equals("RETRIED-1"))
                .extracting(PushRecord::attempt, PushRecord::status).containsExactly(
                        tuple(1, 500), tuple(2, 200));
        assertThat(sim().pushes()).filteredOn(p -> p.messageId().equals("PLAIN-1"))
                .extracting(PushRecord::status).containsExactly(200);
        assertThat(reached.get("RETRIED-1")).hasValue(2);
        assertThat(reached.get("PLAIN-1")).hasValue(1);
    }
}
