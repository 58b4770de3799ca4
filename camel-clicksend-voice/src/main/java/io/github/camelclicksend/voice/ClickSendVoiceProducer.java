package io.github.camelclicksend.voice;

import java.util.Arrays;

import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.producer.ApiOperations;
import io.github.camelclicksend.voice.producer.ClickSendVoiceProducerHealthCheck;
import io.github.camelclicksend.voice.producer.SendOperation;

/**
 * Runs the endpoint's operation (or the one the operation header names) on the calling thread, as camel-http does:
 * the route goes on where it was, inside its transaction if it has one, and no exchange is handed from thread to
 * thread. Failures are thrown as the typed exceptions of the error package; Camel sets them on the exchange.
 */
public class ClickSendVoiceProducer extends DefaultProducer {

    private final ClickSendVoiceEndpoint endpoint;
    private final SendOperation send;
    private final ApiOperations operations;
    private WritableHealthCheckRepository healthChecks;
    private ClickSendVoiceProducerHealthCheck healthCheck;

    public ClickSendVoiceProducer(ClickSendVoiceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.send = new SendOperation(endpoint, endpoint::getClient, new VoiceMessageMapper(),
                endpoint.getComponent().inFlightCalls());
        this.operations = new ApiOperations(endpoint, endpoint::getClient);
    }

    /** The health check is always registered, as Camel's own producers do; the component's option enables it. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(endpoint.getConfiguration().getIdempotentRepository());
        healthChecks = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (healthChecks != null) {
            healthCheck = new ClickSendVoiceProducerHealthCheck(endpoint, endpoint::getClient,
                    "producer:clicksend-voice-" + endpoint.getId());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthChecks.addHealthCheck(healthCheck);
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
    public void process(Exchange exchange) {
        ClickSendVoiceOperation op = operation(exchange.getIn().getHeader(ClickSendVoiceConstants.OPERATION));
        switch (op) {
            case send -> send.send(exchange);
            case price -> send.price(exchange);
            default -> operations.run(op, exchange);
        }
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
}
