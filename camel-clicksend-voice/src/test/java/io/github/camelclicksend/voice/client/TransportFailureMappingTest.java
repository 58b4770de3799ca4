package io.github.camelclicksend.voice.client;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.apache.hc.core5.util.Deadline;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each transport failure means: retry-safe CONNECTION_FAILED when the request provably never left (no
 * connection made, none leased from a full pool in time), unknown outcome otherwise. The faults the simulator can
 * make are covered end to end by FaultMatrixTest; these are the ones it cannot (a pool that stays full for minutes).
 */
class TransportFailureMappingTest {

    private static final URI TARGET = URI.create("https://rest.clicksend.com/v3/voice/send");

    private static void neverSent(Throwable failure) {
        ClickSendVoiceException e = ApiErrors.fromTransport(failure, TARGET);
        assertThat(e).isInstanceOf(ClickSendVoiceApiException.class);
        var api = (ClickSendVoiceApiException) e;
        assertThat(api.getHttpCode()).isZero();
        assertThat(api.getResponseCode()).isEqualTo(ClickSendVoiceApiException.CONNECTION_FAILED);
        assertThat(api.isRetrySafe()).isTrue();
        assertThat(api.getMessage()).contains("rest.clicksend.com:443");
    }

    private static void unknown(Throwable failure) {
        assertThat(ApiErrors.fromTransport(failure, TARGET)).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class)
                .hasCause(failure).hasMessageContaining("rest.clicksend.com:443");
    }

    @Test
    void noConnectionMeansNothingWasSent() {
        neverSent(new ConnectException("Connection refused"));
        neverSent(new ConnectTimeoutException("connect timed out"));
        neverSent(new SSLHandshakeException("PKIX path building failed"));
        neverSent(new RequestNotExecutedException());
    }

    @Test
    void noConnectionFromAFullPoolMeansNothingWasSent() {
        neverSent(DeadlineTimeoutException.from(Deadline.fromUnixMilliseconds(1)));
        neverSent(new ConnectionRequestTimeoutException("Timeout waiting for connection from pool"));
    }

    @Test
    void anythingAfterTheRequestLeftIsAnUnknownOutcome() {
        unknown(new SocketTimeoutException("Read timed out"));
        unknown(new SocketException("Connection reset"));
        unknown(new ConnectionClosedException("Connection closed by peer"));
    }
}
