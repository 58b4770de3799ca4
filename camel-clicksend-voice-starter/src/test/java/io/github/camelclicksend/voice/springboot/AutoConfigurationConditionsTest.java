package io.github.camelclicksend.voice.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

class AutoConfigurationConditionsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    ClickSendVoiceComponentAutoConfiguration.class))
            .withPropertyValues("camel.component.clicksend-voice.lang=en-au");

    @Test
    void theComponentCamelUsesIsTheConfiguredBean() {
        runner.run(context -> {
            ClickSendVoiceComponent bean = context.getBean("clicksend-voice", ClickSendVoiceComponent.class);
            assertThat(bean.getConfiguration().getLang()).isEqualTo("en-au");
            assertThat(context.getBean(CamelContext.class).getComponent("clicksend-voice")).isSameAs(bean);
        });
    }

    @Test
    void enabledFalseSwitchesTheAutoConfigurationOff() {
        runner.withPropertyValues("camel.component.clicksend-voice.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean("clicksend-voice")
                    .doesNotHaveBean(ClickSendVoiceComponentProperties.class);
            // Camel still finds the component on the classpath, but with its own defaults
            ClickSendVoiceComponent plain = context.getBean(CamelContext.class)
                    .getComponent("clicksend-voice", ClickSendVoiceComponent.class);
            assertThat(plain.getConfiguration().getLang()).isEqualTo("en-us");
        });
    }

    @Test
    void aComponentBeanOfTheApplicationWinsAndIsLeftAsItIs() {
        ClickSendVoiceComponent own = new ClickSendVoiceComponent();
        own.getConfiguration().setLang("de-de");
        runner.withBean("clicksend-voice", ClickSendVoiceComponent.class, () -> own).run(context -> {
            assertThat(context).getBeans(ClickSendVoiceComponent.class).hasSize(1).containsValue(own);
            assertThat(own.getConfiguration().getLang()).isEqualTo("de-de");
            assertThat(context.getBean(CamelContext.class).getComponent("clicksend-voice")).isSameAs(own);
        });
    }

    @Test
    void anObjectOptionThatIsNotABeanReferenceFailsTheStartWithAClearMessage() {
        runner.withPropertyValues("camel.component.clicksend-voice.ssl-context-parameters=myTls").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("expected a bean reference such as #bean:name");
        });
    }
}
