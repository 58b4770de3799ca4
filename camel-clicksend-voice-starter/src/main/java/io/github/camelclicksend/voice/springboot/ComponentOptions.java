package io.github.camelclicksend.voice.springboot;

import java.util.function.Consumer;

import org.apache.camel.CamelContext;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;

/**
 * Copies the options that are set in the properties onto the component; unset ones keep the component's default.
 * Text values may hold Camel property placeholders, such as {@code {{CLICKSEND_API_KEY}}} or {@code {{env:NAME}}},
 * resolved here as Camel's own starters do; Camel's security policy accepts credentials given that way.
 */
final class ComponentOptions {

    private ComponentOptions() {
    }

    static void apply(ClickSendVoiceComponentProperties p, ClickSendVoiceComponent component) {
        CamelContext camel = component.getCamelContext();
        // a configuration bean first, copied so that the options below do not change the application's bean
        if (p.getConfiguration() != null) {
            component.setConfiguration(p.getConfiguration().copy());
        }
        ClickSendVoiceConfiguration c = component.getConfiguration();

        set(text(camel, p.getUsername()), c::setUsername);
        set(text(camel, p.getApiKey()), c::setApiKey);
        set(text(camel, p.getBaseUrl()), c::setBaseUrl);
        set(p.getAllowPlainHttp(), c::setAllowPlainHttp);
        set(p.getConnectTimeout(), c::setConnectTimeout);
        set(p.getResponseTimeout(), c::setResponseTimeout);
        set(text(camel, p.getProxyHost()), c::setProxyHost);
        set(p.getProxyPort(), c::setProxyPort);
        set(text(camel, p.getProxyUsername()), c::setProxyUsername);
        set(text(camel, p.getProxyPassword()), c::setProxyPassword);
        set(p.getSslContextParameters(), c::setSslContextParameters);
        set(p.getUseGlobalSslContextParameters(), component::setUseGlobalSslContextParameters);

        set(text(camel, p.getTo()), c::setTo);
        set(p.getListId(), c::setListId);
        set(text(camel, p.getVoice()), c::setVoice);
        set(text(camel, p.getLang()), c::setLang);
        set(text(camel, p.getCustomString()), c::setCustomString);
        set(text(camel, p.getCountry()), c::setCountry);
        set(text(camel, p.getSource()), c::setSource);
        set(text(camel, p.getSchedule()), c::setSchedule);
        set(p.getRequireInput(), c::setRequireInput);
        set(p.getMachineDetection(), c::setMachineDetection);

        set(p.getBatchSize(), c::setBatchSize);
        set(p.getRejectionPolicy(), c::setRejectionPolicy);
        set(p.getResendUnknown(), c::setResendUnknown);
        set(p.getRateLimitRetries(), c::setRateLimitRetries);

        set(p.getMarkAsRead(), c::setMarkAsRead);
        set(p.getMarkReadGrace(), c::setMarkReadGrace);
        set(p.getWebhook(), c::setWebhook);
        set(text(camel, p.getWebhookPath()), c::setWebhookPath);
        set(text(camel, p.getWebhookToken()), c::setWebhookToken);
        set(text(camel, p.getWebhookExternalUrl()), c::setWebhookExternalUrl);
        set(p.getWebhookAutoRegister(), c::setWebhookAutoRegister);
        set(text(camel, p.getWebhookComponentName()), c::setWebhookComponentName);
        set(p.getBridgeErrorHandler(), component::setBridgeErrorHandler);
        set(p.getLazyStartProducer(), component::setLazyStartProducer);
        set(p.getAutowiredEnabled(), component::setAutowiredEnabled);
        set(p.getHealthCheckConsumerEnabled(), component::setHealthCheckConsumerEnabled);
        set(p.getHealthCheckProducerEnabled(), component::setHealthCheckProducerEnabled);
    }

    private static String text(CamelContext camel, String value) {
        return value != null && value.contains("{{") ? camel.resolvePropertyPlaceholders(value) : value;
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
