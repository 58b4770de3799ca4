package io.github.camelclicksend.voice.examples.quarkus;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.github.camelclicksend.voice.examples.quarkus.ClickSendStandIn.REFUSED_API_KEY;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.JSON;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.post;
import static io.github.camelclicksend.voice.examples.quarkus.ServiceCalls.producersCheck;
import static org.assertj.core.api.Assertions.assertThat;

/** ClickSend refuses the API key of the environment: the service is not ready, and /q/health says why. */
@QuarkusTest
@TestProfile(RefusedCredentialsTest.RefusedKey.class)
class RefusedCredentialsTest {

    public static class RefusedKey implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ClickSendStandIn.class, Map.of("refused", "true")));
        }
    }

    @TestHTTPResource("/q/health")
    URI health;
    @TestHTTPResource("/calls")
    URI calls;

    @Test
    void theHealthCheckIsDownAndSaysTheCredentialsWereRefused() throws Exception {
        JsonNode producers = producersCheck(health, 503);

        assertThat(producers.get("status").asText()).isEqualTo("DOWN");
        assertThat(producers.at("/data/http.response.code").asText()).isEqualTo("401");
        assertThat(producers.at("/data/endpoint.uri").asText()).isEqualTo("clicksend-voice://send");
        assertThat(producers.toString()).doesNotContain(REFUSED_API_KEY).doesNotContain(ClickSendStandIn.USERNAME);
    }

    @Test
    void aCallIsA502WithTheRefusal() throws Exception {
        HttpResponse<String> response = post(calls, "{\"to\":\"+61411111111\",\"body\":\"Hello\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).get("httpCode").asInt()).isEqualTo(401);
    }
}
