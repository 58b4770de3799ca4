package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.DeadlineTimeoutException;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;

/**
 * The one place where a failed request of any operation becomes a typed exception: an error status becomes a
 * {@link ClickSendVoiceApiException} (which knows whether its status is retry-safe or leaves the outcome unknown),
 * a request that never left becomes a retry-safe {@code CONNECTION_FAILED}, and one that left without a usable
 * answer a {@link ClickSendVoiceOutcomeUnknownException}.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    /** An answer with a non-2xx status. */
    static ClickSendVoiceApiException fromStatus(HttpResult<?> result) {
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

    /** A request to {@code target} that got no answer: either it never left (retry-safe) or its outcome is unknown. */
    static ClickSendVoiceException fromTransport(Throwable failure, URI target) {
        if (failure instanceof ClickSendVoiceException known) {
            return known;
        }
        String where = hostAndPort(target);
        if (neverSent(failure)) {
            return new ClickSendVoiceApiException(0, ClickSendVoiceApiException.CONNECTION_FAILED,
                    "no connection could be made to " + where + " (" + failure.getClass().getSimpleName() + ")",
                    failure);
        }
        return new ClickSendVoiceOutcomeUnknownException(
                "The request to " + where + " went out but no answer came back (" + failure.getClass().getSimpleName()
                                                         + "); ClickSend may or may not have processed it",
                List.of(), failure);
    }

    private static String hostAndPort(URI target) {
        int port = target.getPort() != -1 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
        return target.getHost() + ":" + port;
    }

    /** A 200 whose body cannot be read: the API processed the request but its result is lost. */
    static ClickSendVoiceOutcomeUnknownException unreadable(Exception cause) {
        boolean json = cause instanceof JsonProcessingException;
        return new ClickSendVoiceOutcomeUnknownException("ClickSend answered 200 but the answer could not be read ("
                + (json ? "not the API's JSON" : cause.getClass().getSimpleName()) + ")",
                List.of(), json ? readable((JsonProcessingException) cause) : cause);
    }

    /** Jackson's exception as a plain one, with its stack, saying what was wrong without Jackson's source notes. */
    private static IOException readable(JsonProcessingException json) {
        IOException plain = new IOException(JsonProblems.describe(json));
        plain.setStackTrace(json.getStackTrace());
        return plain;
    }

    /** No connection was made or leased from the pool (all busy until the deadline): the request never left. */
    private static boolean neverSent(Throwable t) {
        return t instanceof ConnectException || t instanceof ConnectTimeoutException
               || t instanceof UnknownHostException || t instanceof NoRouteToHostException
               || t instanceof SSLHandshakeException || t instanceof RequestNotExecutedException
               || t instanceof ConnectionRequestTimeoutException || t instanceof DeadlineTimeoutException;
    }
}
