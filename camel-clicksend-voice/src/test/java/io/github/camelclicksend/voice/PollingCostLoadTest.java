package io.github.camelclicksend.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What polling costs (issue 22, DESIGN 3.6), against a simulator that keeps receipts only under a POLL rule: 2,500
 * receipts arriving at once, polled with delay=1000 and the default markReadGrace, each handed over exactly once, with
 * the requests of the 90 s that follow counted; then the same 2,500 under a limit of 20 requests a minute, the 429s
 * waited out without a WARN per poll. Prints the figures; runs only with -Pload (it takes about four minutes).
 */
@Tag("load")
class PollingCostLoadTest {

    private static final int RECEIPTS = 2500;
    private static final String GET = "/v3/voice/receipts";
    private static final String PUT = "/v3/voice/receipts-read";

    private final Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();

    @Test
    void twoThousandFiveHundredReceiptsAtOnceCostFewRequests() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().start();
             CamelContext context = poller(sim)) {
            Instant start = arriveAtOnce(sim);
            await().atMost(Duration.ofSeconds(60)).until(() -> handed.size() >= RECEIPTS);
            long handedAfter = Duration.between(start, Instant.now()).toMillis();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), start.plusSeconds(90)).toMillis()));
            Instant end = Instant.now();
            context.stop();

            long gets = between(sim.requests("GET", GET), start, end);
            long puts = between(sim.requests("PUT", PUT), start, end);
            assertThat(handed).hasSize(RECEIPTS);
            assertThat(handed.values()).as("each handed over exactly once").allMatch(n -> n.get() == 1);
            assertThat(sim.receipts()).as("marked read once markReadGrace passed").allMatch(SimulatedReceipt::isRead);
            assertThat(gets).isLessThanOrEqualTo(150);
            assertThat(puts).isBetween(1L, 5L);
            System.out.printf("[figures] %d receipts at once, delay=1000, markReadGrace=60: all handed over once in %d ms;"
                              + " in the %d s that followed: %d GET /voice/receipts, %d PUT /voice/receipts-read%n",
                    RECEIPTS, handedAfter, Duration.between(start, end).toSeconds(), gets, puts);
        }
    }

    @Test
    void underTwentyRequestsAMinuteThe429sAreWaitedOutWithoutAWarnPerPoll() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().rateLimit(20).start();
             LogCapture log = new LogCapture(Level.WARN);
             CamelContext context = poller(sim)) {
            Instant start = arriveAtOnce(sim);
            await().atMost(Duration.ofMinutes(5)).until(() -> handed.size() >= RECEIPTS);
            long handedAfter = Duration.between(start, Instant.now()).toSeconds();
            // the grace need not be waited for in real time: the simulator's clock moves on
            sim.clock().advance(Duration.ofSeconds(61));
            await().atMost(Duration.ofMinutes(3)).until(() -> sim.receipts().stream().allMatch(SimulatedReceipt::isRead));
            Instant end = Instant.now();
            context.stop();

            List<RecordedRequest> all = sim.requests().stream().filter(r -> !r.received().isBefore(start)).toList();
            long tooMany = all.stream().filter(r -> Integer.valueOf(429).equals(r.status())).count();
            assertThat(handed).hasSize(RECEIPTS);
            assertThat(handed.values()).as("each handed over exactly once").allMatch(n -> n.get() == 1);
            assertThat(tooMany).as("the limit was hit").isPositive();
            assertThat(log.text().lines().filter(l -> l.contains("ClickSendVoicePollingConsumer")
                                                      || l.contains("failed polling"))).as("no WARN per poll").isEmpty();
            System.out.printf("[figures] %d receipts at once under 20 requests/minute, delay=1000: all handed over once in %d s,"
                              + " all marked read after %d s (simulator clock moved 61 s for markReadGrace); %d GET /voice/receipts,"
                              + " %d PUT /voice/receipts-read, %d answered 429 and waited out, no WARN%n",
                    RECEIPTS, handedAfter, Duration.between(start, end).toSeconds(),
                    all.stream().filter(r -> r.path().equals(GET) && r.method().equals("GET")).count(),
                    all.stream().filter(r -> r.path().equals(PUT)).count(), tooMany);
        }
    }

    /** A started CamelContext polling the simulator with delay=1000, once its POLL rule is in place. */
    private CamelContext poller(ClickSendSimulator sim) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("clicksend-voice", SimulatorTestSupport.componentFor(sim));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?delay=1000").process(e -> handed.computeIfAbsent(
                        e.getIn().getHeader(ClickSendVoiceConstants.RECEIPT_KEY, String.class),
                        k -> new AtomicInteger()).incrementAndGet());
            }
        });
        context.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> sim.receiptRules().stream()
                .anyMatch(r -> r.action().equals("POLL")));
        return context;
    }

    private static Instant arriveAtOnce(ClickSendSimulator sim) {
        Instant start = Instant.now();
        sim.addReceipts(RECEIPTS, SimulatedReceipt.builder().statusCode("201").digits("1"));
        return start;
    }

    private static long between(List<RecordedRequest> requests, Instant from, Instant to) {
        return requests.stream().filter(r -> !r.received().isBefore(from) && !r.received().isAfter(to)).count();
    }
}
