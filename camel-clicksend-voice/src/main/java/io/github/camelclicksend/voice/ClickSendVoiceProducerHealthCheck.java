package io.github.camelclicksend.voice;

import java.util.Map;
import java.util.concurrent.CompletionException;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;

/**
 * Asks the API for its voice languages, a cheap authenticated call, and reports DOWN when the credentials are refused
 * (401/403) or the API cannot be reached. The answer's body is never logged or reported.
 */
final class ClickSendVoiceProducerHealthCheck implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final ClickSendVoiceEndpoint endpoint;
    private final String id;
    private volatile boolean enabled = true;

    ClickSendVoiceProducerHealthCheck(ClickSendVoiceEndpoint endpoint, String id) {
        this.endpoint = endpoint;
        this.id = id;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder result = HealthCheckResultBuilder.on(this)
                .detail(ENDPOINT_URI, endpoint.getEndpointUri());
        try {
            // a check answers within its own limit, not the endpoint's responseTimeout, and does not wait out a 429
            int status = endpoint.getClient().withLimits(TIMEOUT_MILLIS, 0).languages().join().httpCode();
            return result.detail(HTTP_RESPONSE_CODE, status).up().build();
        } catch (CompletionException e) {
            return down(result, e.getCause());
        }
    }

    private static Result down(HealthCheckResultBuilder result, Throwable failure) {
        if (failure instanceof ClickSendVoiceApiException api) {
            result.detail(HTTP_RESPONSE_CODE, api.getHttpCode());
            if (api.getHttpCode() == 401 || api.getHttpCode() == 403) {
                return result.message("ClickSend refused the credentials: HTTP " + api.getHttpCode() + " "
                                      + api.getResponseCode()).down().build();
            }
        }
        // our exceptions carry no secrets; anything else is reported by type only
        String reason = failure instanceof ClickSendVoiceException ? failure.getMessage()
                : failure.getClass().getSimpleName();
        return result.message("ClickSend is not usable: " + reason).down().build();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }
}
