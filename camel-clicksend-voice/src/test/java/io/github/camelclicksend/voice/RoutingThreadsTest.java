package io.github.camelclicksend.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blocking step after the producer (here a synchronous call back into the component) neither deadlocks nor runs on
 * an HTTP client thread: with an async client it once stalled the I/O threads for good, so nothing completed.
 */
class RoutingThreadsTest extends SimulatorTestSupport {

    @Test
    void aBlockingStepAfterTheProducerNeitherDeadlocksNorRunsOnIoThreads() throws Exception {
        Set<String> continuedOn = ConcurrentHashMap.newKeySet();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to("clicksend-voice:send?to=%2B61411111111")
                        .process(e -> {
                            continuedOn.add(Thread.currentThread().getName());
                            Object languages = e.getContext().createProducerTemplate()
                                    .requestBody("clicksend-voice:languages", (Object) null);
                            e.getMessage().setBody(languages);
                        });
            }
        });
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String body = "call " + i;
                results.add(callers.submit(() -> template.requestBody("direct:in", body)));
            }
            for (Future<Object> r : results) {
                assertThat(r.get(20, TimeUnit.SECONDS)).asList().isNotEmpty();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(sim().acceptedMessages()).hasSize(24);
        assertThat(continuedOn).noneMatch(name -> name.startsWith("httpclient"));
    }
}
