package io.github.camelclicksend.voice.springboot;

import java.util.HashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

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
 * ordinary words.
 */
final class SecretsSanitizer implements SanitizingFunction {

    private final CamelContext camelContext;
    private final ClickSendVoiceComponentConfiguration properties;

    SecretsSanitizer(CamelContext camelContext, ClickSendVoiceComponentConfiguration properties) {
        this.camelContext = camelContext;
        this.properties = properties;
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String value = data.getValue().toString();
        Secrets secrets = secrets();
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
