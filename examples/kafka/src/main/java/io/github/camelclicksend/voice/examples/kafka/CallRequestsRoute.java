package io.github.camelclicksend.voice.examples.kafka;

import org.apache.camel.builder.RouteBuilder;

/**
 * Call requests from Kafka, in batches of up to 1000, through clicksend-voice:send; one result per call and one
 * dead letter per request that was not called, on Kafka; offsets committed only after that.
 */
final class CallRequestsRoute extends RouteBuilder {

    static final String ROUTE_ID = "call-requests";

    private final KafkaCallsSettings settings;
    private final CallBatchSteps steps;

    CallRequestsRoute(KafkaCallsSettings settings, CallBatchSteps steps) {
        this.settings = settings;
        this.steps = steps;
    }

    @Override
    public void configure() {
        from(settings.requestsUri()).routeId(ROUTE_ID)
                .process(steps::read).id("read")        // parse, validate each alone
                .process(steps::send).id("send")        // one clicksend-voice:send for the batch, each call once
                .process(steps::write).id("write")      // results and dead letters to Kafka
                .process(steps::commit).id("commit");   // only now: the offsets of the batch
    }
}
