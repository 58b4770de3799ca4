package io.github.camelclicksend.voice;

import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;

import io.github.camelclicksend.voice.producer.InFlightCalls;
import io.github.camelclicksend.voice.client.HttpTransport;
import io.github.camelclicksend.voice.client.TransportSettings;
import io.github.camelclicksend.voice.mapping.OptionChecks;

/**
 * The ClickSend Voice component: text-to-speech phone calls, their history and delivery receipts. It owns the pooled
 * HTTP clients of its endpoints (one per distinct connection setting) and closes them when it stops.
 */
@Component("clicksend-voice")
public class ClickSendVoiceComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The component's options, shared by its endpoints; each endpoint may override them.")
    private ClickSendVoiceConfiguration configuration = new ClickSendVoiceConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSL context parameters when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    private final Map<TransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<SSLContextParameters, SSLContext> sslContexts = new IdentityHashMap<>();
    private final InFlightCalls inFlightCalls = new InFlightCalls();

    public ClickSendVoiceComponent() {
    }

    public ClickSendVoiceComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ClickSendVoiceEndpoint endpoint = new ClickSendVoiceEndpoint(uri, this, configuration.copy());
        if (remaining != null && !remaining.isBlank()) {
            endpoint.setOperation(operation(remaining));
        }
        Set<String> given = Set.copyOf(parameters.keySet());
        setProperties(endpoint, parameters);
        if (endpoint.getConfiguration().isWebhook()) {
            OptionChecks.noSchedulerOption(given);
        }
        restorePlusSign(endpoint.getConfiguration());
        if (endpoint.getConfiguration().getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpoint.getConfiguration().setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        OptionChecks.check(endpoint);
        return endpoint;
    }

    /**
     * Camel's check, naming the option that was probably meant and leaving out the values (a mistyped secret option
     * still holds a secret). Camel wraps what is thrown here in its ResolveEndpointFailedException.
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        try {
            super.validateParameters(uri, parameters, optionPrefix);
        } catch (ResolveEndpointFailedException unknown) {
            List<String> names = parameters.keySet().stream()
                    .filter(name -> optionPrefix == null || name.startsWith(optionPrefix)).toList();
            throw new IllegalArgumentException(UnknownOptions.describe(getCamelContext(), "clicksend-voice", names));
        }
    }

    /**
     * A + in a URI query decodes to a space, so {@code to=+61411111111} arrives as " 61411111111": give the number
     * back its plus sign rather than reading it as a local number.
     */
    private static void restorePlusSign(ClickSendVoiceConfiguration c) {
        String to = c.getTo();
        if (to != null && to.startsWith(" ") && !to.isBlank() && Character.isDigit(to.trim().charAt(0))) {
            c.setTo("+" + to.trim());
        }
    }

    private static ClickSendVoiceOperation operation(String name) {
        try {
            return ClickSendVoiceOperation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown operation '" + name + "'; use one of "
                                               + Arrays.toString(ClickSendVoiceOperation.values()));
        }
    }

    /** The shared HTTP client for these connection settings. */
    HttpTransport transport(TransportSettings settings) {
        return transports.computeIfAbsent(settings, HttpTransport::new);
    }

    /** The calls of this component's endpoints whose send request may still be in flight. */
    InFlightCalls inFlightCalls() {
        return inFlightCalls;
    }

    /** The pooled HTTP clients, for statistics and leak checks. */
    Collection<HttpTransport> transports() {
        return transports.values();
    }

    /**
     * One SSLContext per SSLContextParameters object: transports are shared by equal settings, and a new SSLContext
     * each time an endpoint (re)starts would leave a new pooled client, with its I/O threads, behind every time.
     */
    synchronized SSLContext sslContext(SSLContextParameters parameters) throws Exception {
        SSLContext ssl = sslContexts.get(parameters);
        if (ssl == null) {
            ssl = parameters.createSSLContext(getCamelContext());
            sslContexts.put(parameters, ssl);
        }
        return ssl;
    }

    @Override
    protected void doStop() throws Exception {
        transports.values().forEach(HttpTransport::close);
        transports.clear();
        synchronized (this) {
            sslContexts.clear();
        }
        super.doStop();
    }

    public ClickSendVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ClickSendVoiceConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    SSLContextParameters globalSslContextParameters() {
        return retrieveGlobalSslContextParameters();
    }
}
