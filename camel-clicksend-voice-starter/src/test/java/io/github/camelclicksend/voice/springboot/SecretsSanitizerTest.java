package io.github.camelclicksend.voice.springboot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.InvocationContext;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvoker;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsSanitizerTest {

    private static final String KEY = "4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7";

    /** A real CamelContext that counts how often its endpoints are listed, i.e. how often the secrets are gathered. */
    private final AtomicInteger listed = new AtomicInteger();
    private final DefaultCamelContext camelContext = new DefaultCamelContext() {
        @Override
        public Collection<Endpoint> getEndpoints() {
            listed.incrementAndGet();
            return super.getEndpoints();
        }
    };
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

    /** The env and configprops endpoints show hundreds of values per call: the secrets are gathered once per call. */
    @Test
    void oneCallOfTheEnvEndpointGathersTheSecretsOnceForAllItsValues() throws Exception {
        properties.setApiKey(KEY);
        camelContext.getEndpoint("clicksend-voice:send?username=eu-ops&apiKey=RAW(EU-KEY-9F3A7C21)");
        OperationInvoker showsThreeHundredValues = context -> {
            List<Object> shown = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                shown.add(shown("value." + i, i == 7 ? "EU-KEY-9F3A7C21" : i == 8 ? KEY : "plain " + i));
            }
            return shown;
        };
        OperationInvoker env = sanitizer.apply(EndpointId.of("env"), OperationType.READ, null, showsThreeHundredValues);
        listed.set(0);

        List<?> shown = (List<?>) env.invoke(new InvocationContext(SecurityContext.NONE, Map.of()));

        assertThat(listed).as("the endpoints listed").hasValue(1);
        assertThat(shown.get(7)).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown.get(8)).isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(shown.get(9)).isEqualTo("plain 9");
        assertThat(shown("after.the.call", "EU-KEY-9F3A7C21")).as("a value outside a call is masked too")
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.apply(EndpointId.of("health"), OperationType.READ, null, showsThreeHundredValues))
                .as("other endpoints are left as they are").isSameAs(showsThreeHundredValues);
    }

    private Object shown(String key, String value) {
        return sanitizer.apply(new SanitizableData(null, key, value)).getValue();
    }
}
