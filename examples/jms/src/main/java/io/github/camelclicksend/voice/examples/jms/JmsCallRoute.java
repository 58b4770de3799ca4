package io.github.camelclicksend.voice.examples.jms;

import org.apache.camel.builder.RouteBuilder;

import io.github.camelclicksend.voice.error.ClickSendVoiceException;

/**
 * One JMS transaction per request: take it off the requests queue, call, put the result (or the dead letter) on its
 * queue; the broker removes the request only when that commits, so a request is never lost. Rejections follow the
 * component's rejectionPolicy (FAIL by default: a rejected call fails the exchange with
 * ClickSendVoiceRejectedException).
 */
final class JmsCallRoute extends RouteBuilder {

    static final String ROUTE_ID = "jms-calls";

    private final int consumers;

    JmsCallRoute(int consumers) {
        this.consumers = consumers;
    }

    @Override
    public void configure() {
        onException(ClickSendVoiceException.class).onWhen(DeadLetters::isFinal)
                .handled(true)
                .useOriginalMessage()                       // the request as it came, ready to be replayed
                .process(DeadLetters::describe)
                .to("jms:queue:" + CallQueues.DEAD_LETTERS); // in the same transaction

        // The transaction is bound to the listener's thread; the component's producer places the call on that thread
        // and the route goes on there, so the result is sent in the same transaction.
        from("jms:queue:" + CallQueues.REQUESTS + "?concurrentConsumers=" + consumers).routeId(ROUTE_ID)
                .to("clicksend-voice:send").id("send")      // one voice message in JSON
                .convertBodyTo(String.class)                // VoiceSendResult as JSON
                .to("jms:queue:" + CallQueues.RESULTS).id("results");
    }
}
