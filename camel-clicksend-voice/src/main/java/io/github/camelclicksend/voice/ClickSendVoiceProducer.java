package io.github.camelclicksend.voice;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;

/**
 * Runs the endpoint's operation (or the one the operation header names) on the calling thread, as camel-http does:
 * the route goes on where it was, inside its transaction if it has one, and no exchange is handed from thread to
 * thread. Every outcome ends in exactly one {@code callback.done(true)}; errors are set on the exchange, never thrown.
 */
public class ClickSendVoiceProducer extends DefaultAsyncProducer {

    private final ClickSendVoiceEndpoint endpoint;
    private final SendOperation send;
    private final ApiOperations operations;
    private WritableHealthCheckRepository healthChecks;
    private ClickSendVoiceProducerHealthCheck healthCheck;

    public ClickSendVoiceProducer(ClickSendVoiceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.send = new SendOperation(endpoint, new VoiceMessageMapper());
        this.operations = new ApiOperations(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (endpoint.getComponent().isHealthCheckProducerEnabled()) {
            healthChecks = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                    WritableHealthCheckRepository.class);
            if (healthChecks != null) {
                healthCheck = new ClickSendVoiceProducerHealthCheck(endpoint, "producer:clicksend-voice-" + endpoint.getId());
                healthChecks.addHealthCheck(healthCheck);
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            finish(exchange, start(exchange));
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private CompletableFuture<Void> start(Exchange exchange) {
        ClickSendVoiceOperation op = operation(exchange.getIn().getHeader(ClickSendVoiceConstants.OPERATION));
        return switch (op) {
            case send -> send.send(exchange);
            case price -> send.price(exchange);
            default -> operations.run(op, exchange);
        };
    }

    private ClickSendVoiceOperation operation(Object header) {
        if (header == null) {
            return endpoint.getOperation();
        }
        if (header instanceof ClickSendVoiceOperation op) {
            return op;
        }
        try {
            return ClickSendVoiceOperation.valueOf(header.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException("operation", null, "'" + header + "' is not one of "
                                                                           + Arrays.toString(ClickSendVoiceOperation.values()));
        }
    }

    private static void finish(Exchange exchange, CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            exchange.setException(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }
}
