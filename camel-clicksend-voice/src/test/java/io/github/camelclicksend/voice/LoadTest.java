package io.github.camelclicksend.voice;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.client.HttpTransport;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 100,000 calls from 16 concurrent senders through a route with Camel redelivery, while the simulator now and then
 * answers 503 (retry-safe, resent), 429 (waited for and retried) or resets the connection after placing the calls
 * (outcome unknown, never resent). Afterwards every call is placed exactly once. Prints throughput and peak heap;
 * asserts no figure of speed. Runs only with -Pload (see .ci/run).
 */
@Tag("load")
class LoadTest {

    private static final int MESSAGES = Integer.getInteger("load.messages", 100_000);
    private static final int PER_EXCHANGE = Integer.getInteger("load.perExchange", 1);
    private static final int CONCURRENCY = 16;

    @Test
    void everyCallIsPlacedExactlyOnceUnderLoadAndFaults() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().receiptDelay(Duration.ofHours(1))
                .maxRecordedRequests(1000).start()) {
            CamelContext context = new DefaultCamelContext();
            ClickSendVoiceComponent component = new ClickSendVoiceComponent();
            component.getConfiguration().setBaseUrl(sim.baseUrl());
            component.getConfiguration().setUsername(sim.username());
            component.getConfiguration().setApiKey(sim.apiKey());
            context.addComponent("clicksend-voice", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(5).logExhausted(false)
                            .logRetryAttempted(false));
                    from("direct:load").to("clicksend-voice:send?to=%2B61411111111&rateLimitRetries=5");
                }
            });
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            HeapSampler heap = new HeapSampler();

            ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger injected = new AtomicInteger();
            faults.scheduleAtFixedRate(() -> {
                switch (injected.getAndIncrement() % 3) {
                    case 0 -> sim.faults().onPath("/voice/send").next(1).respond(503);
                    case 1 -> sim.faults().onPath("/voice/send").next(1).respond(429).retryAfterSeconds(0);
                    default -> sim.faults().onPath("/voice/send").next(1).dropAfterProcessing();
                }
            }, 100, 100, TimeUnit.MILLISECONDS);

            int exchanges = MESSAGES / PER_EXCHANGE;
            AtomicInteger next = new AtomicInteger();
            AtomicLong unknownCalls = new AtomicLong();
            Map<String, Throwable> unexpected = new ConcurrentHashMap<>();
            ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < CONCURRENCY; t++) {
                running.add(senders.submit(() -> {
                    for (int e = next.getAndIncrement(); e < exchanges; e = next.getAndIncrement()) {
                        List<String> bodies = new ArrayList<>(PER_EXCHANGE);
                        for (int m = 0; m < PER_EXCHANGE; m++) {
                            bodies.add("load " + (e * PER_EXCHANGE + m));
                        }
                        Exchange ex = template.send("direct:load", x -> x.getIn().setBody(bodies));
                        if (ex.getException() instanceof ClickSendVoiceOutcomeUnknownException u) {
                            unknownCalls.addAndGet(u.getIndexes().size());
                        } else if (ex.getException() != null) {
                            unexpected.put(bodies.get(0), ex.getException());
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            senders.shutdown();
            faults.shutdownNow();
            heap.stop();

            List<SimulatedCall> placed = sim.acceptedMessages();
            Set<String> bodies = new HashSet<>();
            for (SimulatedCall c : placed) {
                assertThat(bodies.add(c.body())).as("placed twice: " + c.body()).isTrue();
            }
            List<Integer> lost = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                if (!bodies.contains("load " + i)) {
                    lost.add(i);
                }
            }
            assertThat(lost).as("calls never placed").isEmpty();
            assertThat(unexpected).as("exchanges that failed other than with an unknown outcome").isEmpty();
            assertThat(placed).hasSize(MESSAGES);
            ClickSendVoiceStatistics stats = ((ClickSendVoiceEndpoint) context.getEndpoints().stream()
                    .filter(e -> e instanceof ClickSendVoiceEndpoint).findFirst().orElseThrow()).getStatistics();
            assertThat(stats.get(ClickSendVoiceCounter.CALLS_ACCEPTED)
                       + stats.get(ClickSendVoiceCounter.CALLS_OUTCOME_UNKNOWN)).isEqualTo(MESSAGES);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                for (HttpTransport t : component.transports()) {
                    assertThat(t.poolStats().getLeased()).isZero();
                }
                assertThat(context.getInflightRepository().size()).isZero();
            });
            context.stop();

            System.out.printf("LOAD: %,d calls in %,d exchanges of %d, concurrency %d: %,d ms, %,.0f calls/s, "
                              + "%,.0f exchanges/s%n", MESSAGES, exchanges, PER_EXCHANGE, CONCURRENCY, millis,
                    MESSAGES * 1000.0 / millis, exchanges * 1000.0 / millis);
            System.out.printf("LOAD: faults injected %d (503, 429, reset after processing in turn); calls with an "
                              + "unknown outcome %d, all placed once; API requests %,d%n", injected.get(),
                    unknownCalls.get(), stats.get(ClickSendVoiceCounter.API_REQUESTS));
            System.out.printf("LOAD: heap used peak %,d MB (sampled), max %,d MB; after GC at the end %,d MB%n",
                    heap.peakUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20, heap.usedAfterGc() >> 20);
        }
    }

    /** Samples the used heap every 20 ms; the JVM's pool peaks include garbage not yet collected, so both are kept. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        HeapSampler() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            timer.scheduleAtFixedRate(() -> peak.accumulateAndGet(used(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        }

        private static long used() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getUsage().getUsed()).sum();
        }

        void stop() {
            timer.shutdownNow();
        }

        long peakUsed() {
            return peak.get();
        }

        long usedAfterGc() {
            System.gc();
            return used();
        }
    }
}
