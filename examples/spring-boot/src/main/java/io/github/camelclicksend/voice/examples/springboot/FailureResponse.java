package io.github.camelclicksend.voice.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceRejectedException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

/**
 * Answers a failed request with an HTTP status and a JSON body. The component's exceptions carry no credentials,
 * so their messages may be shown; other failures are named by type only.
 */
final class FailureResponse implements Processor {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Map<String, Object> body = new LinkedHashMap<>();
        int status;
        if (failure instanceof RequestException request) {
            status = request.status();
            body.put("field", request.field());
        } else if (failure instanceof ClickSendVoiceValidationException invalid) {
            status = 400;
            body.put("field", invalid.getField());
            body.put("index", invalid.getIndex());
        } else if (failure instanceof ClickSendVoiceRejectedException rejected) {
            status = 422;
            body.put("result", rejected.getResult());
        } else if (failure instanceof ClickSendVoiceOutcomeUnknownException unknown) {
            status = 504;
            body.put("indexes", unknown.getIndexes());
        } else if (failure instanceof ClickSendVoiceApiException api) {
            status = 502;
            body.put("httpCode", api.getHttpCode());
            body.put("responseCode", api.getResponseCode());
        } else {
            status = 500;
        }
        body.put("message", failure instanceof ClickSendVoiceException || failure instanceof RequestException
                ? failure.getMessage()
                : failure.getClass().getSimpleName());

        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(JSON.writeValueAsString(body));
    }
}
