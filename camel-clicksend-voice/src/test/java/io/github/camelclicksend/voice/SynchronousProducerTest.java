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

    private final AtomicReference<Thread> before = new AtomicReference<>();
    private final AtomicReference<Thread> after = new AtomicReference<>();

    /** Records the thread before the call and the one the route goes on with after it, succeeded or failed. */
    private void route(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in")
                        .process(e -> before.set(Thread.currentThread()))
                        .doTry()
                            .to(uri)
                        .doCatch(Exception.class)
                            .setHeader("failed", constant(true))
                        .end()
                        .process(e -> after.set(Thread.currentThread()));
            }
        });
    }

    @Test
    void theRouteGoesOnOnTheCallingThread() throws Exception {
        route("clicksend-voice:send?to=%2B61411111111");

        Exchange ex = send("direct:in", "same thread");

        assertThat(ex.getMessage().getHeader("failed")).isNull();
        assertThat(after.get()).isSameAs(before.get());
        assertThat(sim().acceptedMessages()).hasSize(1);
    }

    @Test
    void aFailedCallAlsoGoesOnOnTheCallingThread() throws Exception {
        sim().faults().next(1).respond(500);
        route("clicksend-voice:send?to=%2B61411111111");

        Exchange ex = send("direct:in", "fails");

        assertThat(ex.getMessage().getHeader("failed")).isEqualTo(true);
        assertThat(after.get()).isSameAs(before.get());
    }
}
