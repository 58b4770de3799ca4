package io.github.camelclicksend.voice;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route goes on on the thread that called the producer, whatever the answer: a transaction bound to that thread
 * (JMS, JDBC) stays around the call. The JMS example's transacted route proves the transaction itself.
 */
class SynchronousProducerTest extends SimulatorTestSupport {

    private final AtomicReference<String> before = new AtomicReference<>();
    private final AtomicReference<String> after = new AtomicReference<>();

    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in")
                        .process(e -> before.set(Thread.currentThread().getName()))
                        .to(uri)
                        .process(e -> after.set(Thread.currentThread().getName()));
            }
        });
    }

    @Test
    void theRouteGoesOnOnTheCallingThread() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111");

        Exchange ex = send("direct:in", "same thread");

        assertThat(ex.getException()).isNull();
        assertThat(after.get()).isEqualTo(before.get());
        assertThat(sim().acceptedMessages()).hasSize(1);
    }

    @Test
    void aFailedCallAlsoGoesOnOnTheCallingThread() throws Exception {
        sim().faults().next(1).respond(500);
        route("clicksend-voice:send?to=%2B61411111111");

        Exchange ex = send("direct:in", "fails");

        assertThat(ex.getException()).isNotNull();
        assertThat(after.get()).isNull();
        assertThat(Thread.currentThread().getName()).isEqualTo(before.get());
    }
}
