package io.github.camelclicksend.voice.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceComponentConfigurer;
import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Reads the component's options from the component JSON that Camel's tooling generated into the component jar and
 * fails when the starter misses one: in the properties class, in the IDE metadata (a description, the component's
 * default and type), or on its way from a property to the component.
 */
class StarterCoversEveryOptionTest {

    private static final String COMPONENT_JSON = "META-INF/io/github/camelclicksend/voice/clicksend-voice.json";
    private static final String PREFIX = ClickSendVoiceComponentConfiguration.PREFIX + ".";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> options;
    private static Map<String, JsonNode> metadata;

    @BeforeAll
    static void read() throws IOException {
        options = new HashMap<>();
        try (InputStream in = ClickSendVoiceComponent.class.getClassLoader().getResourceAsStream(COMPONENT_JSON)) {
            assertThat(in).as(COMPONENT_JSON).isNotNull();
            JSON.readTree(in).get("componentProperties").properties()
                    .forEach(e -> options.put(e.getKey(), e.getValue()));
        }
        metadata = new HashMap<>();
        Enumeration<URL> files = StarterCoversEveryOptionTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (JsonNode property : JSON.readTree(in).get("properties")) {
                    if (property.get("name").asText().startsWith(PREFIX)) {
                        metadata.put(property.get("name").asText(), property);
                    }
                }
            }
        }
    }

    @Test
    void theComponentJsonListsTheOptions() {
        assertThat(options).containsKeys("apiKey", "baseUrl", "batchSize", "rejectionPolicy", "configuration")
                .hasSizeGreaterThan(30).doesNotContainKeys("messageId", "page", "limit", "receiptUrl");
    }

    @Test
    void everyOptionIsInTheIdeMetadataWithADescriptionAndTheComponentsDefaultAndType() {
        assertSoftly(softly -> options.forEach((name, option) -> {
            JsonNode property = metadata.get(PREFIX + kebab(name));
            softly.assertThat(property).as("metadata for %s", name).isNotNull();
            if (property == null) {
                return;
            }
            softly.assertThat(property.path("description").asText()).as("description of %s", name).isNotBlank();
            softly.assertThat(property.path("type").asText()).as("type of %s", name)
                    .isEqualTo(boxed(option.get("javaType").asText()));
            String expectedDefault = option.has("defaultValue") ? option.get("defaultValue").asText() : null;
            String actualDefault = property.has("defaultValue") ? property.get("defaultValue").asText() : null;
            softly.assertThat(actualDefault).as("default of %s", name).isEqualTo(expectedDefault);
        }));
        assertThat(metadata).containsOnlyKeys(expectedMetadataNames());
    }

    @Test
    void everyOptionSetAsAPropertyReachesTheComponent() {
        SSLContextParameters tls = new SSLContextParameters();
        IdempotentRepository calls = MemoryIdempotentRepository.memoryIdempotentRepository();
        ClickSendVoiceConfiguration shared = new ClickSendVoiceConfiguration();
        Map<String, String> values = new HashMap<>();
        List<String> properties = new ArrayList<>();
        options.forEach((name, option) -> {
            String value = switch (name) {
                case "configuration" -> "#bean:sharedConfiguration";
                case "sslContextParameters" -> "#bean:voiceTls";
                case "idempotentRepository" -> "#bean:placedCalls";
                default -> nonDefaultValue(name, option);
            };
            values.put(name, value);
            properties.add(PREFIX + kebab(name) + "=" + value);
        });

        runner().withBean("voiceTls", SSLContextParameters.class, () -> tls)
                .withBean("placedCalls", IdempotentRepository.class, () -> calls)
                .withBean("sharedConfiguration", ClickSendVoiceConfiguration.class, () -> shared)
                .withPropertyValues(properties.toArray(String[]::new)).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(ClickSendVoiceComponentConfiguration.class).getConfiguration())
                            .isSameAs(shared);
                    ClickSendVoiceComponent component = context.getBean(CamelContext.class)
                            .getComponent("clicksend-voice", ClickSendVoiceComponent.class);
                    ClickSendVoiceComponentConfigurer read = new ClickSendVoiceComponentConfigurer();
                    assertSoftly(softly -> values.forEach((name, value) -> {
                        Object actual = read.getOptionValue(component, name, false);
                        switch (name) {
                            case "configuration" -> softly.assertThat(actual).as("a copy of the bean")
                                    .isNotSameAs(shared).isInstanceOf(ClickSendVoiceConfiguration.class);
                            case "sslContextParameters" -> softly.assertThat(actual).isSameAs(tls);
                            case "idempotentRepository" -> softly.assertThat(actual).isSameAs(calls);
                            default -> softly.assertThat(String.valueOf(actual)).as("component option %s", name)
                                    .isEqualTo(value);
                        }
                    }));
                });
    }

    @Test
    void optionsThatAreSetOverrideTheConfigurationBeanWhichIsLeftUnchanged() {
        ClickSendVoiceConfiguration bean = new ClickSendVoiceConfiguration();
        bean.setApiKey("key-from-bean");
        bean.setLang("de-de");
        ClickSendVoiceComponentConfiguration properties = new ClickSendVoiceComponentConfiguration();
        properties.setConfiguration(bean);
        properties.setLang("en-au");

        ClickSendVoiceComponent component = new ClickSendVoiceComponent(new DefaultCamelContext());
        ClickSendVoiceComponentAutoConfiguration.copyOptions(properties, component);

        assertThat(component.getConfiguration().getApiKey()).isEqualTo("key-from-bean");
        assertThat(component.getConfiguration().getLang()).isEqualTo("en-au");
        assertThat(component.getConfiguration().getVoice()).isEqualTo("female");
        assertThat(bean.getLang()).isEqualTo("de-de");
    }

    @Test
    void unsetOptionsKeepTheComponentsDefaults() {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent(new DefaultCamelContext());
        ClickSendVoiceComponentAutoConfiguration.copyOptions(new ClickSendVoiceComponentConfiguration(), component);

        ClickSendVoiceComponentConfigurer read = new ClickSendVoiceComponentConfigurer();
        assertSoftly(softly -> options.forEach((name, option) -> {
            if (option.has("defaultValue")) {
                softly.assertThat(String.valueOf(read.getOptionValue(component, name, false)))
                        .as("default of %s", name).isEqualTo(option.get("defaultValue").asText());
            }
        }));
    }

    @Test
    void aPropertyThatIsNoComponentOptionFailsByItsNameWithoutItsValue() {
        Misnamed misnamed = new Misnamed();
        misnamed.setLang("en-au");
        ClickSendVoiceComponent component = new ClickSendVoiceComponent(new DefaultCamelContext());

        assertThatThrownBy(() -> ClickSendVoiceComponentAutoConfiguration.copyOptions(misnamed, component))
                .hasMessageContaining("apiKeyTypo").hasMessageNotContaining("SECRET-VALUE-1234");
    }

    /** A properties class with a field that is named unlike any component option. */
    public static class Misnamed extends ClickSendVoiceComponentConfiguration {
        private String apiKeyTypo = "SECRET-VALUE-1234";

        public String getApiKeyTypo() {
            return apiKeyTypo;
        }

        public void setApiKeyTypo(String apiKeyTypo) {
            this.apiKeyTypo = apiKeyTypo;
        }
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                ClickSendVoiceComponentConverter.class, ClickSendVoiceComponentAutoConfiguration.class));
    }

    /** A valid value that differs from the option's default, as the text a property file would hold. */
    private static String nonDefaultValue(String name, JsonNode option) {
        String type = option.get("type").asText();
        String defaultValue = option.path("defaultValue").asText(null);
        if (option.has("enum")) {
            for (JsonNode value : option.get("enum")) {
                if (!value.asText().equals(defaultValue)) {
                    return value.asText();
                }
            }
        }
        return switch (type) {
            case "boolean" -> String.valueOf(!Boolean.parseBoolean(defaultValue));
            case "integer" -> String.valueOf(defaultValue == null ? 42 : Integer.parseInt(defaultValue) + 1);
            case "string" -> name.equals("baseUrl") ? "https://voice.example.test/v3" : "value-of-" + name;
            default -> throw new IllegalStateException("no test value for " + name + " of type " + type);
        };
    }

    private static List<String> expectedMetadataNames() {
        List<String> names = new ArrayList<>();
        options.keySet().forEach(name -> names.add(PREFIX + kebab(name)));
        names.add(PREFIX + "enabled");
        names.add(PREFIX + "customizer.enabled");
        return names;
    }

    private static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> Boolean.class.getName();
            case "int" -> Integer.class.getName();
            default -> javaType;
        };
    }

    static String kebab(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
