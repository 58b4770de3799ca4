package io.github.camelclicksend.voice.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;

/** Turns what the transport and the API say into the component's typed exceptions. */
final class ApiErrors {

    private ApiErrors() {
    }

    /** An answer with a non-2xx status. */
    static ClickSendVoiceApiException fromStatus(HttpResult result) {
        if (result.isJson()) {
            try {
                ApiEnvelope<?> envelope = ApiJson.READER.readValue(result.body(), ApiEnvelope.class);
                return new ClickSendVoiceApiException(result.status(),
                        envelope.responseCode != null ? envelope.responseCode : "HTTP_" + result.status(),
                        envelope.responseMsg, null);
            } catch (Exception notJson) {
                // fall through: treat like any other unreadable error page
            }
        }
        return new ClickSendVoiceApiException(result.status(), "HTTP_" + result.status(),
                "the answer was not the API's JSON (content type " + result.contentType() + ")", null);
    }

    /** A request that got no answer: either it never left (retry-safe) or its outcome is unknown. */
    static ClickSendVoiceException fromTransport(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof ClickSendVoiceException known) {
            return known;
        }
        if (neverSent(t)) {
            return new ClickSendVoiceApiException(0, ClickSendVoiceApiException.CONNECTION_FAILED,
                    "no connection could be made: " + t.getClass().getSimpleName(), t);
        }
        return new ClickSendVoiceOutcomeUnknownException(
                "The request went out but no answer came back (" + t.getClass().getSimpleName()
                                                         + "); ClickSend may or may not have processed it",
                List.of(), t);
    }

    /** A 200 whose body cannot be read: the API processed the request but its result is lost. */
    static ClickSendVoiceOutcomeUnknownException unreadable(Exception cause) {
        return new ClickSendVoiceOutcomeUnknownException(
                "ClickSend answered 200 but the answer could not be read (" + cause.getClass().getSimpleName() + ")",
                List.of(), cause);
    }

    /** No connection was made or leased from the pool (all busy until the deadline): the request never left. */
    private static boolean neverSent(Throwable t) {
        return t instanceof ConnectException || t instanceof ConnectTimeoutException
               || t instanceof UnknownHostException || t instanceof NoRouteToHostException
               || t instanceof SSLHandshakeException || t instanceof RequestNotExecutedException
               || t instanceof ConnectionRequestTimeoutException || t instanceof DeadlineTimeoutException;
    }
}
