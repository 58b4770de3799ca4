package io.github.camelclicksend.voice;

import javax.net.ssl.SSLContext;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.client.TransportSettings;

/**
 * Place text-to-speech phone calls with ClickSend, read their history and price, and receive their delivery receipts
 * (with the keys the callee pressed).
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "clicksend-voice", title = "ClickSend Voice",
             syntax = "clicksend-voice:operation", category = { Category.CLOUD, Category.MOBILE },
             headersClass = ClickSendVoiceConstants.class)
public class ClickSendVoiceEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(defaultValue = "send",
             enums = "send,price,history,exportHistory,languages,receipts,receipt,addTestReceipt,markReceiptsRead,cancel,cancelAll",
             description = "The operation: send (default), price, history, exportHistory, languages, receipts, receipt, "
                           + "addTestReceipt, markReceiptsRead, cancel or cancelAll. A consumer reads receipts.")
    @Metadata(required = false)
    private ClickSendVoiceOperation operation = ClickSendVoiceOperation.send;

    @UriParam
    private ClickSendVoiceConfiguration configuration;

    private volatile ClickSendVoiceClient client;
    private final String uriWithSecrets;
    private final String uriWithoutSecrets;

    public ClickSendVoiceEndpoint(String uri, ClickSendVoiceComponent component,
                                  ClickSendVoiceConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        this.uriWithSecrets = uri;
        this.uriWithoutSecrets = URISupport.sanitizeUri(uri);
    }

    /** The URI with its secret options masked, so that it can be shown, logged and stored on exchanges. */
    @Override
    public String getEndpointUri() {
        return uriWithoutSecrets;
    }

    /** The unmasked URI: endpoints that differ only in credentials stay distinct. */
    @Override
    public String getEndpointKey() {
        return uriWithSecrets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClickSendVoiceEndpoint other && uriWithSecrets.equals(other.uriWithSecrets)
               && getCamelContext() == other.getCamelContext();
    }

    @Override
    public int hashCode() {
        return uriWithSecrets.hashCode() * 37 + 1;
    }

    @Override
    public Producer createProducer() {
        return new ClickSendVoiceProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != ClickSendVoiceOperation.receipts) {
            throw new IllegalArgumentException("Only clicksend-voice:receipts can consume; " + operation
                                               + " is a producer operation");
        }
        ClickSendVoiceConsumer consumer = new ClickSendVoiceConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The API client of this endpoint, on the component's shared HTTP client. */
    public ClickSendVoiceClient getClient() {
        ClickSendVoiceClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = newClient();
                }
                c = client;
            }
        }
        return c;
    }

    private ClickSendVoiceClient newClient() {
        ClickSendVoiceConfiguration c = configuration;
        SSLContext ssl = null;
        try {
            if (c.getSslContextParameters() != null) {
                ssl = c.getSslContextParameters().createSSLContext(getCamelContext());
            }
        } catch (Exception e) {
            throw new IllegalStateException("The sslContextParameters could not make an SSLContext", e);
        }
        TransportSettings settings = new TransportSettings(c.getConnectTimeout(), c.getProxyHost(), c.getProxyPort(),
                c.getProxyUsername(), c.getProxyPassword(), ssl);
        return new ClickSendVoiceClient(getComponent().transport(settings), c.getBaseUrl(), c.getUsername(),
                c.getApiKey(), c.getResponseTimeout(), c.getRateLimitRetries());
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    @Override
    public ClickSendVoiceComponent getComponent() {
        return (ClickSendVoiceComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public ClickSendVoiceOperation getOperation() {
        return operation;
    }

    public void setOperation(ClickSendVoiceOperation operation) {
        this.operation = operation;
    }

    public ClickSendVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ClickSendVoiceConfiguration configuration) {
        this.configuration = configuration;
    }
}
