package io.github.camelclicksend.voice.springboot;

import io.micrometer.core.instrument.binder.MeterBinder;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With Micrometer on the class path, the statistics of the clicksend-voice endpoints become meters per operation
 * (names in {@link EndpointMeters}) in every meter registry Spring Boot binds {@link MeterBinder}s to.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
public class ClickSendVoiceMetricsAutoConfiguration {

    @Bean
    public MeterBinder clickSendVoiceMeters(CamelContext camelContext) {
        return registry -> {
            EndpointMeters meters = new EndpointMeters(registry, camelContext);
            camelContext.addLifecycleStrategy(meters);
            camelContext.getEndpoints().forEach(meters::onEndpointAdd);
        };
    }
}
