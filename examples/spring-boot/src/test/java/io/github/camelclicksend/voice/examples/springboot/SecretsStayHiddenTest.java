package io.github.camelclicksend.voice.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With real credentials from the environment (here a simulator that knows them), the API key, the username and the
 * receipt webhook's token show in none of /actuator/env, /actuator/configprops, /actuator/health or the logs, even with the actuator told to show
 * values and with DEBUG logging.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,env,configprops",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always",
        "logging.level.io.github.camelclicksend=DEBUG",
        "logging.level.org.apache.camel=DEBUG",
        "spring.datasource.url=jdbc:h2:mem:secrets;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayHiddenTest {

    private static final String USERNAME = "acct-5b0e7c41";
    private static final String API_KEY = "C0FFEE42-1D6B-4E0A-9A57-3F2D8B6E4C19";
    private static final String BASIC = Base64.getEncoder()
            .encodeToString((USERNAME + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    private static final String MASK = "******";
    private static final String WEBHOOK_TOKEN = "whk-8d41c3f07be24a99";

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.builder()
            .credentials(USERNAME, API_KEY).build().start();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        // what the environment variables of a deployment would give
        registry.add("CLICKSEND_USERNAME", () -> USERNAME);
        registry.add("CLICKSEND_API_KEY", () -> API_KEY);
        registry.add("RECEIPT_WEBHOOK_TOKEN", () -> WEBHOOK_TOKEN);
        registry.add("camel.component.clicksend-voice.base-url", SIMULATOR::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theCredentialsAreUsedButShownNowhere(CapturedOutput output) throws Exception {
        HttpResponse<String> call = send(HttpRequest.newBuilder(uri("/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"+61411111111\",\"body\":\"Hello\"}")));
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        assertThat(SIMULATOR.acceptedMessages()).singleElement()
                .satisfies(c -> assertThat(c.username()).isEqualTo(USERNAME));

        String health = ActuatorHealth.awaitUp(port);
        String env = get("/actuator/env");
        String configprops = get("/actuator/configprops");

        // the values are shown in general, and the credentials are there, masked
        assertThat(valuesOf(env, "camel.component.clicksend-voice.lang")).contains("en-au");
        assertThat(valuesOf(env, "CLICKSEND_API_KEY")).containsOnly(MASK);
        assertThat(valuesOf(env, "CLICKSEND_USERNAME")).containsOnly(MASK);
        assertThat(valuesOf(env, "camel.component.clicksend-voice.api-key")).containsOnly(MASK);
        assertThat(valuesOf(env, "RECEIPT_WEBHOOK_TOKEN")).containsOnly(MASK);
        JsonNode bound = JSON.readTree(configprops).findParents("prefix").stream()
                .filter(bean -> bean.get("prefix").asText().equals("camel.component.clicksend-voice"))
                .findFirst().orElseThrow().get("properties");
        assertThat(bound.get("lang").asText()).isEqualTo("en-au");
        assertThat(bound.get("apiKey").asText()).isEqualTo(MASK);
        assertThat(bound.get("username").asText()).isEqualTo(MASK);

        for (String shown : List.of(health, env, configprops, output.getAll())) {
            assertThat(shown).doesNotContain(API_KEY).doesNotContain(USERNAME).doesNotContain(BASIC)
                    .doesNotContain(WEBHOOK_TOKEN);
        }
        assertThat(output.getAll()).as("DEBUG logging is on").contains("DEBUG");
    }

    private static List<String> valuesOf(String envJson, String key) throws Exception {
        return JSON.readTree(envJson).get("propertySources").valueStream()
                .map(source -> source.path("properties").path(key).path("value"))
                .filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
