package io.github.camelclicksend.voice.springboot;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizableData;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsSanitizerTest {

    private static final String KEY = "4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7";

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final ClickSendVoiceComponentProperties properties = new ClickSendVoiceComponentProperties();
    private final SecretsSanitizer sanitizer =
            new SecretsSanitizer(beans.getBeanProvider(ClickSendVoiceComponent.class), properties);

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
    void masksTheCredentialsOfComponentBeansSetUpInCode() {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setProxyPassword("proxy-secret-1");
        beans.registerSingleton("clicksend-voice", component);

        assertThat(shown("HTTPS_PROXY", "http://me:proxy-secret-1@proxy:3128"))
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
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
