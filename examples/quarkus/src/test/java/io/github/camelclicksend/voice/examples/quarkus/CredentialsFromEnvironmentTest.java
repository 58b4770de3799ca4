package io.github.camelclicksend.voice.examples.quarkus;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static io.github.camelclicksend.voice.examples.quarkus.ClickSendStandIn.API_KEY;
import static io.github.camelclicksend.voice.examples.quarkus.ClickSendStandIn.USERNAME;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.post;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.producersCheck;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With credentials from the environment the service calls "ClickSend" (a simulator that knows them) and never the
 * in-process simulator; the API key, the username and the Basic header show neither in /q/health nor in the log, with
 * Camel, the component and HttpClient logging at DEBUG.
 */
@QuarkusTest
@TestProfile(CredentialsFromEnvironmentTest.Environment.class)
class CredentialsFromEnvironmentTest {

    public static class Environment implements QuarkusTestProfile {

        /** A new file for each run, so that the test reads only its own run's log (read back through the config). */
        private static final String LOG_FILE = "target/logs/credentials-" + UUID.randomUUID() + ".log";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG_FILE,
                    "quarkus.log.category.\"io.github.camelclicksend\".level", "DEBUG",
                    "quarkus.log.category.\"org.apache.camel\".level", "DEBUG",
                    "quarkus.log.category.\"org.apache.hc\".level", "DEBUG");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ClickSendStandIn.class));
        }
    }

    @ClickSendStandIn.Inject
    ClickSendSimulator clickSend;
    @Inject
    SimulatorMode simulatorMode;
    @TestHTTPResource("/calls")
    URI calls;
    @TestHTTPResource("/q/health")
    URI health;
    @ConfigProperty(name = "quarkus.log.file.path")
    File log;

    @Test
    void theCredentialsAreUsedButShownNowhere() throws Exception {
        HttpResponse<String> call = post(calls, "{\"to\":\"+61411111111\",\"body\":\"Hello\"}");

        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        assertThat(simulatorMode.simulator()).as("no in-process simulator").isEmpty();
        assertThat(clickSend.acceptedMessages()).singleElement().satisfies(c -> {
            assertThat(c.username()).isEqualTo(USERNAME);
            assertThat(c.lang()).isEqualTo("en-au");
        });

        HttpResponse<String> health = send(HttpRequest.newBuilder(this.health));
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(producersCheck(this.health, 200).get("status").asText()).isEqualTo("UP");

        String logged = Files.readString(log.toPath());
        assertThat(logged).as("DEBUG logging is on").contains("DEBUG").contains("clicksend-voice");
        for (String shown : List.of(health.body(), logged)) {
            assertThat(shown).doesNotContain(API_KEY).doesNotContain(USERNAME)
                    .doesNotContain(ClickSendStandIn.basicHeader(API_KEY));
        }
    }
}
