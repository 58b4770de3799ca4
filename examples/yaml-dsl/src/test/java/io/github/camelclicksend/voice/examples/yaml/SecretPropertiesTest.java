package io.github.camelclicksend.voice.examples.yaml;

import java.util.List;

import org.apache.camel.main.Main;
import org.apache.camel.main.SecurityPolicyResult;
import org.apache.camel.util.SecurityViolation;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel treats a user name as a secret, as camel-http does authUsername and camel-jms username, and so does the
 * component: Camel Main warns ("SECURITY WARNING ... plain-text value") about a plain-text username or apiKey in its
 * properties. The examples give both as placeholders, as Camel asks, and get no warning.
 */
class SecretPropertiesTest {

    @Test
    void theExamplesPlaceholdersGiveCamelNothingToWarnAbout() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            assertThat(violations(YamlDslExample.create(sim.baseUrl(), sim.username(), sim.apiKey()))).isEmpty();
        }
    }

    @Test
    void aPlainTextUsernameIsWhatCamelWarnsAbout() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Main main = YamlDslExample.create(sim.baseUrl(), sim.username(), sim.apiKey());
            main.addOverrideProperty("camel.component.clicksend-voice.username", sim.username());

            assertThat(violations(main)).extracting(SecurityViolation::propertyKey)
                    .containsExactly("camel.component.clicksend-voice.username");
        }
    }

    private static List<SecurityViolation> violations(Main main) throws Exception {
        main.start();
        try {
            SecurityPolicyResult result = main.getCamelContext().getCamelContextExtension()
                    .getContextPlugin(SecurityPolicyResult.class);
            return result == null ? List.of() : result.getViolations();
        } finally {
            main.stop();
        }
    }
}
