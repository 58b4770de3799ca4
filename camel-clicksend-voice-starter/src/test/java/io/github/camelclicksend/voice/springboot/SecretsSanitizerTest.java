package io.github.camelclicksend.voice.springboot;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsSanitizerTest {

    private static final String KEY = "4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7";

    private final DefaultCamelContext camelContext = new DefaultCamelContext();
    private final ClickSendVoiceComponentConfiguration properties = new ClickSendVoiceComponentConfiguration();
    private final SecretsSanitizer sanitizer = new SecretsSanitizer(camelContext, properties);

    @AfterEach
    void stop() {
        camelContext.stop();
    }

    @Test
    void masksAValueThatHoldsTheKeyUnderAnyName() {
        properties.setApiKey(KEY);

        assertThat(shown("CLICKSEND_API_KEY", KEY)).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown("sun.java.command", "app.jar --camel.component.clicksend-voice.api-key=" + KEY))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown("camel.component.clicksend-voice.lang", "en-au")).isEqualTo("en-au");
    }

    @Test
    void masksUsernamesOnlyWhereTheWholeValueIsTheUsername() {
        properties.setUsername("ops");

        assertThat(shown("CLICKSEND_USERNAME", "ops")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown("spring.application.name", "ops-call-service")).isEqualTo("ops-call-service");
    }

    @Test
    void masksTheCredentialsOfTheComponentSetUpInCode() {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setProxyPassword("proxy-secret-1");
        camelContext.addComponent("clicksend-voice-eu", component);

        assertThat(shown("HTTPS_PROXY", "http://me:proxy-secret-1@proxy:3128"))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @Test
    void masksTheCredentialsOfAnEndpointUri() {
        camelContext.getEndpoint("clicksend-voice:send?username=eu-ops&apiKey=RAW(EU-KEY-9F3A7C21)");

        assertThat(shown("eu.key", "EU-KEY-9F3A7C21")).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown("eu.user", "eu-ops")).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @Test
    void leavesEverythingAloneWhenNoCredentialIsSet() {
        assertThat(shown("anything", "")).isEqualTo("");
        assertThat(shown("other", "value")).isEqualTo("value");
    }

    private Object shown(String key, String value) {
        return sanitizer.apply(new SanitizableData(null, key, value)).getValue();
    }
}
