package io.github.camelclicksend.voice.springboot;

import java.util.HashSet;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/**
 * Masks the ClickSend credentials in {@code /actuator/env} and {@code /actuator/configprops}, also where an
 * application lets them show values ({@code show-values: always}). It goes by value, not by key, so the credentials
 * are masked under whatever name they arrive: {@code camel.component.clicksend-voice.api-key}, an environment
 * variable such as {@code CLICKSEND_API_KEY}, a command line. Keys and passwords are masked in any value that
 * contains them; usernames only in values equal to them, as they are often ordinary words.
 */
final class SecretsSanitizer implements SanitizingFunction {

    private final ObjectProvider<ClickSendVoiceComponent> components;
    private final ClickSendVoiceComponentProperties properties;

    SecretsSanitizer(ObjectProvider<ClickSendVoiceComponent> components, ClickSendVoiceComponentProperties properties) {
        this.components = components;
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
        components.orderedStream().forEach(c -> secrets.add(c.getConfiguration()));
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
            add(c.getUsername(), c.getApiKey(), c.getProxyUsername(), c.getProxyPassword());
            addTo(keys, c.getWebhookToken());
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
