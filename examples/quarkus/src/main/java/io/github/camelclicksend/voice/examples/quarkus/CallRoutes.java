package io.github.camelclicksend.voice.examples.quarkus;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceRejectedException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

import static io.github.camelclicksend.voice.examples.quarkus.FailureAnswer.answer;

/**
 * {@code POST /calls} with a JSON body, e.g. {@code {"to":"+61411111111","body":"Your parcel arrives today"}}, or an
 * array of such calls: the calls are placed and the answer is the send result as JSON. Camel Quarkus finds this
 * RouteBuilder by itself.
 */
public class CallRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // Camel picks the clause of the closest exception type
        onException(ClickSendVoiceValidationException.class).handled(true)
                .process(answer(400, ClickSendVoiceValidationException.class,
                        invalid -> FailureAnswer.details("field", invalid.getField(), "index", invalid.getIndex())));
        onException(ClickSendVoiceRejectedException.class).handled(true)
                .process(answer(422, ClickSendVoiceRejectedException.class,
                        rejected -> FailureAnswer.details("result", rejected.getResult())));
        onException(ClickSendVoiceApiException.class).handled(true)
                .process(answer(502, ClickSendVoiceApiException.class,
                        api -> FailureAnswer.details("httpCode", api.getHttpCode(), "responseCode", api.getResponseCode())));
        onException(ClickSendVoiceOutcomeUnknownException.class).handled(true)
                .process(answer(504, ClickSendVoiceOutcomeUnknownException.class,
                        unknown -> FailureAnswer.details("indexes", unknown.getIndexes())));
        onException(Exception.class).handled(true)
                .process(answer(500, Exception.class, other -> FailureAnswer.details()));

        from("platform-http:/calls?httpMethodRestrict=POST")
                .routeId("place-calls")
                // callers must not pick the operation or override options through headers or query parameters
                .removeHeaders("CamelClickSendVoice*")
                .to("clicksend-voice:send")
                .convertBodyTo(String.class)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }
}
