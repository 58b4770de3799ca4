package io.github.camelclicksend.voice.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/**
 * Registers the {@code clicksend-voice} component as a Spring bean of that name, configured from the
 * {@code camel.component.clicksend-voice.*} properties. Camel finds components in the registry by their scheme name,
 * so a bean named {@code clicksend-voice} that the application defines itself wins and is left as it is.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnBean(CamelContext.class)
@ConditionalOnProperty(prefix = ClickSendVoiceComponentProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ClickSendVoiceComponentProperties.class)
public class ClickSendVoiceComponentAutoConfiguration {

    public static final String COMPONENT_NAME = "clicksend-voice";

    @Bean(COMPONENT_NAME)
    @ConditionalOnMissingBean(name = COMPONENT_NAME)
    public ClickSendVoiceComponent clickSendVoiceComponent(CamelContext camelContext,
                                                           ClickSendVoiceComponentProperties properties) {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent(camelContext);
        ComponentOptions.apply(properties, component);
        return component;
    }

    @Bean
    @ConfigurationPropertiesBinding
    static BeanReferenceConverter clickSendVoiceBeanReferenceConverter(ApplicationContext applicationContext) {
        return new BeanReferenceConverter(applicationContext);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorConfiguration {

        @Bean
        SanitizingFunction clickSendVoiceSecretsSanitizer(ObjectProvider<ClickSendVoiceComponent> components,
                                                         ClickSendVoiceComponentProperties properties) {
            return new SecretsSanitizer(components, properties);
        }
    }
}
