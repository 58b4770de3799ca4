package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LanguagesEndpointTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    @Test
    void listsThe23LanguagesWithGenderAsStringOrArray() {
        Reply reply = new Api(SIM.simulator()).get("/voice/lang");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("response_msg").asText()).isEqualTo("Here are the possible languages.");
        Map<String, JsonNode> byCode = new HashMap<>();
        reply.data().forEach(l -> byCode.put(l.get("code").asText(), l));
        assertThat(byCode).hasSize(23);
        assertThat(byCode.get("en-us").get("country").asText()).isEqualTo("English, US");
        assertThat(byCode.get("en-us").get("gender").isArray()).isTrue();
        assertThat(byCode.get("en-us").get("gender").toString()).isEqualTo("[\"female\",\"male\"]");
        assertThat(byCode.get("en-in").get("gender").isTextual()).isTrue();
        assertThat(byCode.get("en-in").get("gender").asText()).isEqualTo("female");
        assertThat(byCode.get("pt-pt").get("gender").asText()).isEqualTo("male");
        assertThat(byCode).containsKeys("cy-gb-wls", "en-gb-wls", "nb-no", "sv-se", "tr-tr", "ro-ro", "fr-ca");
        long single = byCode.values().stream().filter(l -> l.get("gender").isTextual()).count();
        assertThat(single).isEqualTo(7);
    }
}
