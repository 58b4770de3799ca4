package io.github.camelclicksend.voice.springboot;

import java.util.Set;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;

/**
 * Binds the object options ({@code ssl-context-parameters}, {@code idempotent-repository}, {@code configuration}) to the bean that
 * {@code #bean:name} or {@code #name} names, as the converter of each Camel starter does. Unlike those, a value that
 * is not a reference fails the binding (Spring names the property) instead of leaving the option silently unset.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class ClickSendVoiceComponentConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    public ClickSendVoiceComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SSLContextParameters.class),
                new ConvertiblePair(String.class, IdempotentRepository.class),
                new ConvertiblePair(String.class, ClickSendVoiceConfiguration.class));
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String reference = source.toString().trim();
        if (!reference.startsWith("#")) {
            throw new IllegalArgumentException("expected a bean reference such as #bean:name, was '" + reference + "'");
        }
        String name = reference.startsWith(BEAN_PREFIX) ? reference.substring(BEAN_PREFIX.length())
                : reference.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
