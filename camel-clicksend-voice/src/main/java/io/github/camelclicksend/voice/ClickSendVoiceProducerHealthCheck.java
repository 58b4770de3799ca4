package io.github.camelclicksend.voice;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;

/**
 * Asks the API for its voice languages, a cheap authenticated call, and reports DOWN when the credentials are refused
 * (401/403) or the API cannot be reached. The answer's body is never logged or reported.
 */
final class ClickSendVoiceProducerHealthCheck implements HealthCheck {

    private static final long TIMEOUT_SECONDS = 10;

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
            // the call holds its thread for up to responseTimeout; the check waits no longer than its own limit
            int status = CompletableFuture.supplyAsync(endpoint.getClient()::languages).thenCompose(answer -> answer)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).httpCode();
            return result.detail(HTTP_RESPONSE_CODE, status).up().build();
        } catch (java.util.concurrent.ExecutionException e) {
            return down(result, e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return result.message("ClickSend did not answer within " + TIMEOUT_SECONDS + " s").down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result.message("interrupted").unknown().build();
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
