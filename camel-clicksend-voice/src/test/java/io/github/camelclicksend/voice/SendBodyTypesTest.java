package io.github.camelclicksend.voice;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.Voice;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/** Every body type send accepts, over real HTTP to the simulator. */
class SendBodyTypesTest extends SimulatorTestSupport {

    private static final String SEND = "clicksend-voice:send?to=" + AU_TEST_NUMBER.replace("+", "%2B");

    @Test
    void plainTextIsSpokenToTheDefaultNumber() {
        Exchange ex = send(SEND, "Your parcel arrives today.");

        assertThat(ex.getException()).isNull();
        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getMessages()).hasSize(1);
        assertThat(result.getMessages().get(0).isAccepted()).isTrue();
        SimulatedCall call = sim().acceptedMessages().get(0);
        assertThat(call.body()).isEqualTo("Your parcel arrives today.");
        assertThat(call.to()).isEqualTo(AU_TEST_NUMBER);
        assertThat(call.voice()).isEqualTo("female");
        assertThat(call.lang()).isEqualTo("en-us");
        assertThat(call.source()).isEqualTo("camel");
        assertThat(result.getMessages().get(0).getMessageId()).isEqualTo(call.messageId());
    }

    @Test
    void voiceMessageBody() {
        VoiceMessage m = VoiceMessage.builder().to("+61422222222").body("Hello").voice(Voice.MALE).lang("en-au")
                .customString("ref-1").requireInput(true).machineDetection(true).build();

        Exchange ex = send(SEND, m);

        assertThat(ex.getException()).isNull();
        SimulatedCall call = sim().acceptedMessages().get(0);
        assertThat(call.to()).isEqualTo("+61422222222");
        assertThat(call.voice()).isEqualTo("male");
        assertThat(call.lang()).isEqualTo("en-au");
        assertThat(call.customString()).isEqualTo("ref-1");
        assertThat(call.requireInput()).isTrue();
        assertThat(call.machineDetection()).isTrue();
        assertThat(sends().get(0).body()).contains("\"require_input\":1").contains("\"machine_detection\":1");
    }

    @Test
    void mapBodyWithSnakeAndCamelCaseKeys() {
        Map<String, Object> snake = new LinkedHashMap<>();
        snake.put("to", "+61433333333");
        snake.put("body", "snake");
        snake.put("custom_string", "s");
        Map<String, Object> camel = new LinkedHashMap<>();
        camel.put("to", "+61444444444");
        camel.put("body", "camel");
        camel.put("customString", "c");

        Exchange ex = send(SEND, List.of(snake, camel));

        assertThat(ex.getException()).isNull();
        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::customString).containsExactly("s", "c");
    }

    @Test
    void jsonObjectArrayAndMessagesWrapper() {
        send(SEND, "{\"to\":\"+61411111111\",\"body\":\"object\"}");
        send(SEND, "  [{\"to\":\"+61411111111\",\"body\":\"a1\"},{\"body\":\"a2\",\"lang\":\"en-gb\"}]");
        send(SEND, "{\"messages\":[{\"to\":\"+61411111111\",\"body\":\"w1\",\"customString\":\"x\"}]}");

        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::body)
                .containsExactly("object", "a1", "a2", "w1");
        assertThat(sim().acceptedMessages().get(2).lang()).isEqualTo("en-gb");
        assertThat(sim().acceptedMessages().get(3).customString()).isEqualTo("x");
    }

    @Test
    void bytesAndStreamsAreReadAsUtf8() {
        send(SEND, "Grüße aus Köln".getBytes(StandardCharsets.UTF_8));
        send(SEND, new ByteArrayInputStream("{\"body\":\"from a stream\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::body)
                .containsExactly("Grüße aus Köln", "from a stream");
    }

    @Test
    void collectionsArraysIterablesAndIteratorsOfMixedItems() {
        List<Object> mixed = List.of("text one", VoiceMessage.of("+61422222222", "message two"),
                Map.of("body", "map three"), "{\"body\":\"json four\"}");
        send(SEND, mixed);
        send(SEND, new Object[] { "array five" });
        Iterable<String> iterable = () -> List.of("iterable six").iterator();
        send(SEND, iterable);
        send(SEND, new ArrayList<>(List.of("iterator seven")).iterator());

        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::body)
                .containsExactly("text one", "message two", "map three", "json four", "array five", "iterable six",
                        "iterator seven");
    }

    @Test
    void textThatLooksLikeJsonButIsNotFailsInsteadOfBeingSpoken() {
        Exchange ex = send(SEND, "{ this is not json }");

        assertThat(ex.getException())
                .isInstanceOf(io.github.camelclicksend.voice.error.ClickSendVoiceValidationException.class)
                .hasMessageContaining("body");
        assertThat(sends()).isEmpty();
    }

    @Test
    void resultConvertsToJson() {
        Exchange ex = send(SEND, "json result");
        String json = ex.getMessage().getBody(String.class);

        assertThat(json).startsWith("{").contains("\"messages\":[").contains("\"accepted\":true")
                .contains("\"currency\":\"AUD\"").contains(sim().acceptedMessages().get(0).messageId());
    }
}
