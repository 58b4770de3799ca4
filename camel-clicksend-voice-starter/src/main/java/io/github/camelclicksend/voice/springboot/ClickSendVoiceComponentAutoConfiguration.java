package io.github.camelclicksend.voice.springboot;

import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;

/**
 * Configures the {@code clicksend-voice} component from the {@code camel.component.clicksend-voice.*} properties the
 * way Camel's own starters do: Camel creates the component when a route first uses it (or takes the application's
 * bean of that name), and this {@link ComponentCustomizer} copies the options that are set onto it through the
 * component's generated configurer, so property placeholders and {@code #bean:} references work as in any Camel
 * starter. {@code enabled=false} switches it all off; {@code customizer.enabled=false} leaves the component as Camel
 * or the application built it.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, ClickSendVoiceComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, ClickSendVoiceComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", ClickSendVoiceComponentConfiguration.PREFIX })
public class ClickSendVoiceComponentAutoConfiguration {

    /** Properties of the starter itself, from {@code ComponentConfigurationPropertiesCommon}: not component options. */
    private static final Set<String> STARTER_PROPERTIES = Set.of("enabled", "customizer");

    private final ApplicationContext applicationContext;
    private final ClickSendVoiceComponentConfiguration configuration;

    public ClickSendVoiceComponentAutoConfiguration(ApplicationContext applicationContext,
                                                    ClickSendVoiceComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureClickSendVoiceComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                copyOptions(configuration, (ClickSendVoiceComponent) target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        ClickSendVoiceComponentConfiguration.PREFIX + ".customizer")
                       && target instanceof ClickSendVoiceComponent;
            }
        };
    }

    /**
     * A {@code configuration} bean is copied first, so that the application's bean is left as it is and the options
     * that are set apply on top. An option the component does not have fails the start, by name only: its value may
     * be a secret.
     */
    static void copyOptions(ClickSendVoiceComponentConfiguration configuration, ClickSendVoiceComponent component) {
        CamelContext camelContext = component.getCamelContext();
        Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        options.keySet().removeAll(STARTER_PROPERTIES);
        if (options.remove("configuration") instanceof ClickSendVoiceConfiguration shared) {
            component.setConfiguration(shared.copy());
        }
        CamelPropertiesHelper.setCamelProperties(camelContext, component, options, false);
        if (!options.isEmpty()) {
            throw new IllegalStateException("The clicksend-voice component has no option " + options.keySet()
                                            + ": " + ClickSendVoiceComponentConfiguration.class.getSimpleName()
                                            + " must name each field as the component option it sets");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class ActuatorConfiguration {

        /** A SanitizingFunction, and an OperationInvokerAdvisor that scopes its credentials to one endpoint call. */
        @Bean
        SecretsSanitizer clickSendVoiceSecretsSanitizer(CamelContext camelContext,
                                                        ClickSendVoiceComponentConfiguration configuration) {
            return new SecretsSanitizer(camelContext, configuration);
        }
    }
}
