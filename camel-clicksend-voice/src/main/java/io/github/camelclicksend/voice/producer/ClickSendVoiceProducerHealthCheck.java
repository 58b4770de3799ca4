package io.github.camelclicksend.voice.producer;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;

/**
 * Asks the API for its voice languages, a cheap authenticated call, and reports DOWN when that fails in any way:
 * credentials refused (401/403), the API unreachable or answering an error, or anything else. The answer's body is
 * never logged or reported, and neither is a message that is not the component's own (which carry no secrets).
 */
public final class ClickSendVoiceProducerHealthCheck extends AbstractHealthCheck {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;

    public ClickSendVoiceProducerHealthCheck(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client,
                                             String id) {
        super("camel", id);
        this.endpoint = endpoint;
        this.client = client;
    }

    /** A remote API being down is no reason to restart this application. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, endpoint.getEndpointUri());
        try {
            // a check answers within its own limit, not the endpoint's responseTimeout, and does not wait out a 429
            int status = client.get().withLimits(TIMEOUT_MILLIS, 0).languages().httpCode();
            builder.detail(HTTP_RESPONSE_CODE, status).up();
        } catch (ClickSendVoiceApiException e) {
            builder.detail(HTTP_RESPONSE_CODE, e.getHttpCode());
            boolean refused = e.getHttpCode() == 401 || e.getHttpCode() == 403;
            builder.message(refused
                    ? "ClickSend refused the credentials: HTTP " + e.getHttpCode() + " " + e.getResponseCode()
                    : "ClickSend is not usable: " + e.getMessage()).error(e).down();
        } catch (ClickSendVoiceException e) {
            builder.message("ClickSend is not usable: " + e.getMessage()).error(e).down();
        } catch (RuntimeException e) {
            builder.message("ClickSend is not usable: " + e.getClass().getSimpleName()).down();
        }
    }
}
