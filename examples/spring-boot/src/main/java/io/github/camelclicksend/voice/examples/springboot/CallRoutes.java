package io.github.camelclicksend.voice.examples.springboot;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code POST /calls} with a JSON body, e.g. {@code {"to":"+61411111111","body":"Your parcel arrives today"}}, or an
 * array of such calls: the calls are placed and the answer is the send result as JSON.
 */
@Component
public class CallRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .process(new FailureResponse());

        from("platform-http:/calls?httpMethodRestrict=POST")
                .routeId("place-calls")
                // callers must not pick the operation or override options through headers or query parameters;
                // platform-http drops Camel* request headers already, this keeps the rule when the consumer changes
                .removeHeaders("CamelClickSendVoice*")
                .to("clicksend-voice:send")
                .convertBodyTo(String.class)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }
}
