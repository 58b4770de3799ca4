package io.github.camelclicksend.voice;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs against the packaged jar (failsafe puts the jar, not target/classes, on the class path): the component is
 * found through its generated service file and configured by its generated configurers, without reflection.
 */
class GeneratedConfigurerIT {

    @Test
    void packagedComponentIsConfiguredByGeneratedCodeWithoutReflection() throws Exception {
        assertThat(ClickSendVoiceComponent.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .endsWith(".jar");
        try (CamelContext context = new DefaultCamelContext()) {
            // JMX registration introspects MBeans reflectively; this test counts only endpoint configuration
            context.disableJMX();
            context.start();
            BeanIntrospection introspection = PluginHelper.getBeanIntrospection(context);
            long reflectionBefore = introspection.getInvokedCounter();

            ClickSendVoiceEndpoint endpoint = context.getEndpoint(
                    "clicksend-voice:history?username=u&apiKey=k&limit=20&page=2&voice=male&batchSize=10"
                                                                  + "&rejectionPolicy=IGNORE&connectTimeout=5000"
                                                                  + "&markAsRead=false&resendUnknown=true",
                    ClickSendVoiceEndpoint.class);

            assertThat(introspection.getInvokedCounter()).as("reflective property calls").isEqualTo(reflectionBefore);
            assertThat(endpoint.getOperation()).isEqualTo(ClickSendVoiceOperation.history);
            assertThat(endpoint.getLimit()).isEqualTo(20);
            assertThat(endpoint.getConfiguration().getRejectionPolicy())
                    .isEqualTo(ClickSendVoiceRejectionPolicy.IGNORE);
            assertThat(endpoint.getConfiguration().isResendUnknown()).isTrue();

            PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("clicksend-voice-endpoint", context);
            PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("clicksend-voice-component", context);
            assertThat(endpointConfigurer.getClass().getName())
                    .isEqualTo("io.github.camelclicksend.voice.ClickSendVoiceEndpointConfigurer");
            assertThat(componentConfigurer.getClass().getName())
                    .isEqualTo("io.github.camelclicksend.voice.ClickSendVoiceComponentConfigurer");
            assertThat(endpointConfigurer.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
                    .endsWith(".jar");
            assertThat(context.getTypeConverter().convertTo(String.class,
                    new io.github.camelclicksend.voice.model.VoiceSendResult(java.util.List.of(),
                            java.math.BigDecimal.ONE, 0, 0, "AUD"))).startsWith("{");
        }
    }
}
