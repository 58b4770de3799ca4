package io.github.camelclicksend.voice.springboot;

import java.util.HashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvoker;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvokerAdvisor;
import org.springframework.boot.actuate.endpoint.invoke.OperationParameters;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;

/**
 * Masks the ClickSend credentials in {@code /actuator/env} and {@code /actuator/configprops}, also where an
 * application lets them show values ({@code show-values: always}). It goes by value, not by key, so the credentials
 * are masked under whatever name they arrive: {@code camel.component.clicksend-voice.api-key}, an environment
 * variable such as {@code CLICKSEND_API_KEY}, a command line, a placeholder in an endpoint URI. The credentials are
 * those of the properties and of every clicksend-voice component and endpoint of the CamelContext. Keys and
 * passwords are masked in any value that contains them; usernames only in values equal to them, as they are often
 * ordinary words. As an advisor of the actuator's operations, it gathers the credentials once per call of an endpoint
 * that sanitizes, rather than once for each of the hundreds of values the call shows.
 */
final class SecretsSanitizer implements SanitizingFunction, OperationInvokerAdvisor {

    /** The actuator endpoints that show values through sanitizing functions. */
    private static final Set<String> SANITIZING_ENDPOINTS = Set.of("env", "configprops", "quartz");

    private final CamelContext camelContext;
    private final ClickSendVoiceComponentConfiguration properties;
    private final ThreadLocal<Secrets> ofThisCall = new ThreadLocal<>();

    SecretsSanitizer(CamelContext camelContext, ClickSendVoiceComponentConfiguration properties) {
        this.camelContext = camelContext;
        this.properties = properties;
    }

    @Override
    public OperationInvoker apply(EndpointId endpointId, OperationType operationType, OperationParameters parameters,
                                  OperationInvoker invoker) {
        if (!SANITIZING_ENDPOINTS.contains(endpointId.toLowerCaseString())) {
            return invoker;
        }
        return context -> {
            if (ofThisCall.get() != null) {
                return invoker.invoke(context);
            }
            ofThisCall.set(secrets());
            try {
                return invoker.invoke(context);
            } finally {
                ofThisCall.remove();
            }
        };
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String value = data.getValue().toString();
        Secrets secrets = ofThisCall.get();
        if (secrets == null) {
            secrets = secrets(); // sanitized outside an endpoint call
        }
        boolean secret = secrets.names.contains(value) || secrets.keys.stream().anyMatch(value::contains);
        return secret ? data.withSanitizedValue() : data;
    }

    private Secrets secrets() {
        Secrets secrets = new Secrets();
        for (String name : camelContext.getComponentNames()) {
            if (camelContext.hasComponent(name) instanceof ClickSendVoiceComponent component) {
                secrets.add(component.getConfiguration());
            }
        }
        camelContext.getEndpoints().stream().filter(ClickSendVoiceEndpoint.class::isInstance)
                .forEach(endpoint -> secrets.add(((ClickSendVoiceEndpoint) endpoint).getConfiguration()));
        if (properties.getConfiguration() != null) {
            secrets.add(properties.getConfiguration());
        }
        secrets.add(properties.getUsername(), properties.getApiKey(), properties.getProxyUsername(),
                properties.getProxyPassword());
        Secrets.addTo(secrets.keys, properties.getWebhookToken());
        return secrets;
    }

    private static final class Secrets {
        final Set<String> names = new HashSet<>();
        final Set<String> keys = new HashSet<>();

        void add(ClickSendVoiceConfiguration c) {
            if (c != null) {
                add(c.getUsername(), c.getApiKey(), c.getProxyUsername(), c.getProxyPassword());
                addTo(keys, c.getWebhookToken());
            }
        }

        void add(String username, String apiKey, String proxyUsername, String proxyPassword) {
            addTo(names, username);
            addTo(names, proxyUsername);
            addTo(keys, apiKey);
            addTo(keys, proxyPassword);
        }

        static void addTo(Set<String> set, String value) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
    }
}
