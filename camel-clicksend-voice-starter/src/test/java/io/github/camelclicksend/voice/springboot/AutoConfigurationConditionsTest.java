package io.github.camelclicksend.voice.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

/** The switches every Camel starter has: enabled and customizer.enabled, per component and for all components. */
class AutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    ClickSendVoiceComponentConverter.class, ClickSendVoiceComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.clicksend-voice.lang=en-au");

    @Test
    void camelCreatesTheComponentAndThePropertiesApplyToIt() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ComponentCustomizer.class).doesNotHaveBean(ClickSendVoiceComponent.class);
            assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-au");
        });
    }

    @Test
    void enabledFalseSwitchesTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.clicksend-voice.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ComponentCustomizer.class)
                    .doesNotHaveBean(ClickSendVoiceComponentConfiguration.class);
            // Camel still finds the component on the classpath, but with its own defaults
            assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-us");
        });
    }

    @Test
    void theComponentsOwnEnabledOverridesTheGlobalOne() {
        runner.withPropertyValues("camel.component.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
            assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-us");
        });
        runner.withPropertyValues("camel.component.enabled=false", "camel.component.clicksend-voice.enabled=true")
                .run(context -> assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-au"));
    }

    @Test
    void customizerEnabledFalseLeavesTheComponentAsCamelBuiltIt() {
        runner.withPropertyValues("camel.component.clicksend-voice.customizer.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(ComponentCustomizer.class);
            assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-us");
        });
        runner.withPropertyValues("camel.component.customizer.enabled=false").run(
                context -> assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-us"));
        runner.withPropertyValues("camel.component.customizer.enabled=false",
                "camel.component.clicksend-voice.customizer.enabled=true").run(
                        context -> assertThat(component(context).getConfiguration().getLang()).isEqualTo("en-au"));
    }

    @Test
    void aComponentBeanOfTheApplicationWinsAndThePropertiesThatAreSetApplyToIt() {
        ClickSendVoiceComponent own = new ClickSendVoiceComponent();
        own.getConfiguration().setLang("de-de");
        own.getConfiguration().setCustomString("set-in-code");
        runner.withBean("clicksend-voice", ClickSendVoiceComponent.class, () -> own).run(context -> {
            assertThat(component(context)).isSameAs(own);
            assertThat(own.getConfiguration().getLang()).as("set as a property").isEqualTo("en-au");
            assertThat(own.getConfiguration().getCustomString()).as("not a property").isEqualTo("set-in-code");
        });
    }

    @Test
    void withTheCustomizerOffAComponentBeanOfTheApplicationIsLeftAsItIs() {
        ClickSendVoiceComponent own = new ClickSendVoiceComponent();
        own.getConfiguration().setLang("de-de");
        runner.withBean("clicksend-voice", ClickSendVoiceComponent.class, () -> own)
                .withPropertyValues("camel.component.clicksend-voice.customizer.enabled=false").run(context -> {
                    assertThat(component(context)).isSameAs(own);
                    assertThat(own.getConfiguration().getLang()).isEqualTo("de-de");
                });
    }

    @Test
    void anObjectOptionThatIsNotABeanReferenceFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("camel.component.clicksend-voice.ssl-context-parameters=myTls").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "camel.component.clicksend-voice.ssl-context-parameters")
                    .rootCause().hasMessageContaining("expected a bean reference such as #bean:name");
        });
    }

    private static ClickSendVoiceComponent component(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("clicksend-voice", ClickSendVoiceComponent.class);
    }
}
