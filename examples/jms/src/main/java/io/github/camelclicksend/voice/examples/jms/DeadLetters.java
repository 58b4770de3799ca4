package io.github.camelclicksend.voice.examples.jms;

import java.util.stream.Collectors;

import org.apache.camel.Exchange;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceRejectedException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceMessageResult;

/**
 * Which failures end in the dead-letter queue, and with what reason. The only failures left out are those after
 * which nothing was called and a later attempt may work (429, 503, no connection, 401, 403): they roll the
 * transaction back, and the broker delivers the request again.
 */
final class DeadLetters {

    private DeadLetters() {
    }

    static boolean isFinal(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return !(failure instanceof ClickSendVoiceApiException api
                 && (api.isRetrySafe() || api.getHttpCode() == 401 || api.getHttpCode() == 403));
    }

    /** Sets the reason and the detail headers from the exception. */
    static void describe(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason;
        String detail = failure.getMessage();
        if (failure instanceof ClickSendVoiceValidationException) {
            reason = "INVALID";
        } else if (failure instanceof ClickSendVoiceRejectedException rejected) {
            reason = "REJECTED";
            detail = rejected.getResult().getRejected().stream().map(VoiceMessageResult::getStatus)
                    .collect(Collectors.joining(","));
        } else if (failure instanceof ClickSendVoiceApiException api && api.getHttpCode() > 0
                   && api.getHttpCode() < 500) {
            reason = "API_ERROR";
        } else {
            // a timeout, a reset or a 500/502/504 after the request went out: the call may have been placed
            reason = "OUTCOME_UNKNOWN";
        }
        exchange.getMessage().setHeader(CallQueues.REASON, reason);
        exchange.getMessage().setHeader(CallQueues.DETAIL, detail);
    }
}
