package io.github.camelclicksend.voice.client;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.Voice;
import io.github.camelclicksend.voice.model.VoiceMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** A send request as the API takes it: its field names, booleans as 1 and only when true, unset fields left out. */
class ApiJsonWriteTest {

    private static final List<VoiceMessage> MESSAGES = List.of(
            VoiceMessage.builder().to("+61411111111").body("All \"fields\" é").voice(Voice.MALE).lang("en-au")
                    .customString("c-1").country("AU").source("camel").schedule(1_700_000_000L).requireInput(true)
                    .machineDetection(true).build(),
            VoiceMessage.builder().listId(7).body("a list").requireInput(false).machineDetection(false).build(),
            VoiceMessage.builder().to("+61422222222").body("the least").build());

    private static final String EXPECTED = "{\"messages\":["
                                           + "{\"to\":\"+61411111111\",\"body\":\"All \\\"fields\\\" é\",\"voice\":\"male\","
                                           + "\"lang\":\"en-au\",\"custom_string\":\"c-1\",\"country\":\"AU\",\"source\":\"camel\","
                                           + "\"schedule\":1700000000,\"require_input\":1,\"machine_detection\":1},"
                                           + "{\"list_id\":7,\"body\":\"a list\"},"
                                           + "{\"to\":\"+61422222222\",\"body\":\"the least\"}]}";

    @Test
    void aSendRequestHasTheApisFieldsAndOnlyThoseSet() {
        assertThat(new String(ApiJson.writeMessages(MESSAGES), StandardCharsets.UTF_8)).isEqualTo(EXPECTED);
    }
}
