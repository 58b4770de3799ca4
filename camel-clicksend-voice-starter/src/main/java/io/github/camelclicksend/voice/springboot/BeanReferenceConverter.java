package io.github.camelclicksend.voice.springboot;

import java.util.Set;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;

/**
 * Binds the object-valued options ({@code ssl-context-parameters}, {@code configuration}) to a bean named by
 * {@code #bean:name} or {@code #name}, the reference syntax of Camel's own starters.
 */
final class BeanReferenceConverter implements GenericConverter {

    private static final String BEAN_PREFIX = "#bean:";

    private final ApplicationContext applicationContext;

    BeanReferenceConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, SSLContextParameters.class),
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
