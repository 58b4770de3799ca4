package io.github.camelclicksend.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.camelclicksend.voice.simulator.DateBeforeReading;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN 3.6 polling: a receipt that becomes visible while a poll runs is never marked read unseen, under both
 * readings of date_before; receipts are handed over once each, however many arrive during polls.
 */
class PollingGuaranteesTest extends SimulatorTestSupport {

    /** Times every receipt was handed to the route, by message id. */
    private final Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?delay=20&initialDelay=0").routeId("poll").autoStartup(false)
                        .process(e -> handed.computeIfAbsent(e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID,
                                String.class), id -> new AtomicInteger()).incrementAndGet());
            }
        };
    }

    @org.junit.jupiter.api.BeforeEach
    void asOnClickSend() throws Exception {
        // the route's first poll makes the POLL rule, which keeps the receipts that arrive until it starts again
        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sim().receiptRules().stream().anyMatch(r -> r.action().equals("POLL")));
        context.getRouteController().stopRoute("poll");
    }

    private List<RecordedRequest> markReads() {
        return sim().requests("PUT", "/v3/voice/receipts-read");
    }

    @ParameterizedTest
    @EnumSource(DateBeforeReading.class)
    void aReceiptArrivingMidPollInTheSameSecondAsTheNewestIsDelivered(DateBeforeReading reading) throws Exception {
        sim().dateBeforeReading(reading);
        Instant t0 = Instant.parse("2030-01-01T00:00:00Z");
        sim().clock().set(t0.plusSeconds(30)).freeze();
        // 120 receipts old enough to be marked read at once, 30 from the last seconds, the newest at t0 + 10
        IntStream.range(0, 120).forEach(i -> sim().addReceipt("OLD-" + i, "201", "Success", "1", null,
                t0.minusSeconds(200 - i)));
        IntStream.range(0, 30).forEach(i -> sim().addReceipt("NEW-" + i, "201", "Success", "1", null,
                t0.plusSeconds(i / 3)));
        AtomicBoolean lateAdded = new AtomicBoolean();
        sim().onReceiptsPage((user, page, receipts) -> {
            if (page == 2 && lateAdded.compareAndSet(false, true)) {
                // visible only after the last page was cut, stamped the same second as the newest handed over
                sim().addReceipt("LATE", "201", "Success", "2", null, t0.plusSeconds(9));
            }
        });

        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(20)).until(() -> !markReads().isEmpty() && sim().receipts().stream()
                .filter(r -> r.messageId().startsWith("OLD")).allMatch(SimulatedReceipt::isRead));
        assertThat(markReads().get(0).body()).isEqualTo("{\"date_before\":" + t0.minusSeconds(30).getEpochSecond()
                                                        + "}");
        assertThat(sim().receipts()).filteredOn(r -> r.messageId().startsWith("OLD")).allMatch(SimulatedReceipt::isRead);
        assertThat(sim().receipts()).filteredOn(r -> !r.messageId().startsWith("OLD")).noneMatch(SimulatedReceipt::isRead);

        sim().clock().advance(Duration.ofSeconds(100));
        await().atMost(Duration.ofSeconds(20)).until(() -> handed.containsKey("LATE"));
        await().atMost(Duration.ofSeconds(5)).until(() -> sim().receipts().stream().allMatch(SimulatedReceipt::isRead));
        context.getRouteController().stopRoute("poll");

        assertThat(handed).hasSize(151);
        assertThat(handed.values()).allMatch(n -> n.get() == 1);
        // until the clock moved, later polls saw only remembered receipts, handed nothing over and marked as before
        assertThat(markReads()).extracting(RecordedRequest::body).containsOnly(
                "{\"date_before\":" + t0.minusSeconds(30).getEpochSecond() + "}",
                "{\"date_before\":" + t0.plusSeconds(10).getEpochSecond() + "}");
        assertThat(markReads().get(markReads().size() - 1).body())
                .isEqualTo("{\"date_before\":" + t0.plusSeconds(10).getEpochSecond() + "}");
    }

    @Test
    void tenThousandReceiptsArrivingWhileTheConsumerPollsAreEachHandedOverOnce() throws Exception {
        int total = 10_000;
        AtomicInteger added = new AtomicInteger();
        // some arrive right between the pages of a poll, the rest from another thread, in bursts
        sim().onReceiptsPage((user, page, receipts) -> {
            if (added.get() < total && page % 2 == 0) {
                int n = Math.min(7, total - added.get());
                sim().addReceipts(n, SimulatedReceipt.builder().statusCode("201").digits("3"));
                added.addAndGet(n);
            }
        });
        context.getRouteController().startRoute("poll");
        Thread arrivals = new Thread(() -> {
            while (added.get() < total) {
                int n = Math.min(37, total - added.get());
                sim().addReceipts(n, SimulatedReceipt.builder().statusCode("201").digits("1"));
                added.addAndGet(n);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "receipt-arrivals");
        long start = System.nanoTime();
        arrivals.start();
        arrivals.join();
        sim().onReceiptsPage(null);
        int created = sim().receipts().size();
        await().atMost(Duration.ofSeconds(60)).until(() -> handed.size() >= created);
        long millis = (System.nanoTime() - start) / 1_000_000;

        // once the grace has passed, one more poll marks every one of them read without handing any over again
        sim().clock().advance(Duration.ofSeconds(120));
        await().atMost(Duration.ofSeconds(20)).until(() -> sim().receipts().stream().allMatch(SimulatedReceipt::isRead));
        Thread.sleep(200);
        context.getRouteController().stopRoute("poll");

        assertThat(created).isGreaterThanOrEqualTo(total);
        Map<String, Integer> counts = handed.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        assertThat(counts.keySet()).isEqualTo(sim().receipts().stream().map(SimulatedReceipt::messageId)
                .collect(Collectors.toSet()));
        assertThat(counts.values()).as("none handed over twice").allMatch(n -> n == 1);
        System.out.printf("[figures] %d receipts arriving during polls: all handed over once in %d ms (%d mark-read "
                          + "requests)%n", created, millis, markReads().size());
    }
}
