package io.github.camelclicksend.voice.examples.quarkus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import io.github.camelclicksend.voice.error.ClickSendVoiceException;

/**
 * The HTTP answer to a failed call request: a status and a JSON body with the failure's details. The component's
 * exceptions carry no credentials, so their messages may be shown; other failures are named by type only.
 */
final class FailureAnswer<E extends Exception> implements Processor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final Class<E> type;
    private final Function<E, Map<String, Object>> details;

    private FailureAnswer(int status, Class<E> type, Function<E, Map<String, Object>> details) {
        this.status = status;
        this.type = type;
        this.details = details;
    }

    static <E extends Exception> FailureAnswer<E> answer(int status, Class<E> type,
                                                         Function<E, Map<String, Object>> details) {
        return new FailureAnswer<>(status, type, details);
    }

    /** Names and values in turn; values may be null. */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return details;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        E failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, type);
        Map<String, Object> body = details.apply(failure);
        body.put("message", failure instanceof ClickSendVoiceException ? failure.getMessage()
                : failure.getClass().getSimpleName());
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(JSON.writeValueAsString(body));
    }
}
