package io.github.camelclicksend.voice;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Component;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.client.PushedReceipts;
import io.github.camelclicksend.voice.consumer.ReceiptExchanges;
import io.github.camelclicksend.voice.consumer.WebhookRegistration;
import io.github.camelclicksend.voice.consumer.WebhookRequest;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * Receives the receipts ClickSend pushes to a voice receipt rule with action URL, on an HTTP endpoint of Camel's
 * platform-http (or another {@link RestConsumerFactory} named by {@code webhookComponentName}), the way Camel's
 * webhook component serves Telegram and WhatsApp. Each receipt becomes one exchange, with the same body and headers as
 * a polled one; the request is answered 200 once the route processed it, 500 when the route failed (so that ClickSend
 * may push it again), and 401, 405, 413 or 400 without reaching the route. With {@code webhookExternalUrl} and
 * {@code webhookAutoRegister}, the rule is registered on start, or in the background while the API cannot be reached
 * ({@link WebhookRegistration}); it stays when the consumer stops.
 */
public class ClickSendVoiceWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ClickSendVoiceWebhookConsumer.class);

    private final ClickSendVoiceEndpoint endpoint;
    private final WebhookRegistration registration;
    private Consumer http;
    private ScheduledExecutorService registrationRetries;

    public ClickSendVoiceWebhookConsumer(ClickSendVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.registration = new WebhookRegistration(endpoint, endpoint::getClient);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ClickSendVoiceConfiguration c = endpoint.getConfiguration();
        // every method reaches the handler, which answers 405 to those it does not take
        http = restConsumerFactory(c.getWebhookComponentName()).createConsumer(getEndpoint().getCamelContext(),
                this::handle, null, c.getWebhookPath(), null, null, null, null, Map.of());
        ServiceHelper.startService(http);
        registrationRetries = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "ClickSendVoiceWebhookRegistration");
        registration.start(registrationRetries);
        LOG.info("Receiving pushed voice receipts at {} (through {})", c.getWebhookPath(), c.getWebhookComponentName());
    }

    @Override
    protected void doStop() throws Exception {
        registration.stop();
        if (registrationRetries != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(registrationRetries);
            registrationRetries = null;
        }
        ServiceHelper.stopAndShutdownService(http);
        http = null;
        super.doStop();
    }

    /** The component, or a registry bean, of that name that makes REST consumers, as Camel's webhook component finds it. */
    private RestConsumerFactory restConsumerFactory(String name) {
        RestConsumerFactory bean = getEndpoint().getCamelContext().getRegistry().lookupByNameAndType(name,
                RestConsumerFactory.class);
        if (bean != null) {
            return bean;
        }
        Component component = getEndpoint().getCamelContext().getComponent(name);
        if (component instanceof RestConsumerFactory factory) {
            return factory;
        }
        throw new IllegalStateException("webhook=true serves receipts through the component '" + name + "' (option "
                                        + "webhookComponentName), " + (component == null ? "which is not on the "
                                        + "classpath: add camel-platform-http with an engine (camel-platform-http-vertx, "
                                        + "or camel-platform-http-starter in Spring Boot)"
                                        : "which cannot serve HTTP requests (it is no RestConsumerFactory)"));
    }

    /** Whether the receipt rule is in place (false while its registration is still being retried). */
    boolean isRegistered() {
        return registration.isRegistered();
    }

    /** Answers one HTTP request; only a receipt with the right token reaches the route. */
    void handle(Exchange request) {
        WebhookRequest push = new WebhookRequest(request.getIn());
        String method = push.method();
        if (!method.equals("POST") && !method.equals("GET")) {
            answer(request, 405, "Method Not Allowed").setHeader("Allow", "GET, POST");
        } else if (!push.hasToken(endpoint.getConfiguration().getWebhookToken())) {
            answer(request, 401, "Unauthorized");
        } else {
            VoiceReceipt receipt;
            try {
                if (push.isTooLarge()) {
                    answer(request, 413, "Payload Too Large");
                    return;
                }
                receipt = PushedReceipts.receipt(push.fields());
            } catch (RuntimeException e) { // a body that does not parse, or could not be read at all
                answer(request, 400, "Not a receipt: " + e.getMessage());
                return;
            }
            boolean processed = process(receipt);
            answer(request, processed ? 200 : 500, processed ? "OK" : "Receipt not processed");
        }
    }

    private boolean process(VoiceReceipt receipt) {
        Exchange exchange = ReceiptExchanges.fill(createExchange(false), receipt);
        Exception failure = ReceiptExchanges.process(getProcessor(), exchange, endpoint.getStatistics());
        if (failure != null) {
            getExceptionHandler().handleException("Pushed receipt not processed; answered 500 so that ClickSend may "
                                                  + "push it again", exchange, failure);
        }
        releaseExchange(exchange, false);
        return failure == null;
    }

    /** The answer alone: the request's headers (its token among them) are not echoed back. */
    private static Message answer(Exchange request, int status, String text) {
        Message out = request.getMessage();
        out.getHeaders().clear();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setBody(text);
        return out;
    }
}
