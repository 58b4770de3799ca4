package io.github.camelclicksend.voice;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each validation rule names the field and the message's index, and nothing reaches the API. */
class SendValidationTest extends SimulatorTestSupport {

    private static final String SEND = "clicksend-voice:send?batchSize=1";

    @AfterEach
    void nothingWasSent() {
        assertThat(sim().requests()).isEmpty();
    }

    private ClickSendVoiceValidationException invalid(Object body, Object... headers) {
        Exchange ex = send(SEND, body, headers);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceValidationException.class);
        return (ClickSendVoiceValidationException) ex.getException();
    }

    private static Map<String, Object> msg(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        m.put("to", "+61411111111");
        m.put("body", "fine");
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Two good messages, then the bad one: the error names index 2 and the good ones are not sent either. */
    private ClickSendVoiceValidationException thirdInvalid(Object... pairs) {
        return invalid(List.of(msg(), msg(), msg(pairs)));
    }

    @Test
    void missingBody() {
        var e = invalid(null, ClickSendVoiceConstants.TO, "+61411111111");
        assertThat(e.getField()).isEqualTo("body");
        assertThat(e.getIndex()).isZero();
    }

    @Test
    void blankBody() {
        var e = thirdInvalid("body", "   ");
        assertThat(e.getField()).isEqualTo("body");
        assertThat(e.getIndex()).isEqualTo(2);
    }

    @Test
    void bodyLongerThan1200GsmCharacters() {
        assertThat(invalid(List.of(msg("body", "a".repeat(1200)), msg("body", "a".repeat(1201)))).getIndex())
                .isEqualTo(1);
    }

    @Test
    void bodyLongerThan600NonGsmCharacters() {
        var e = thirdInvalid("body", "语".repeat(601));
        assertThat(e.getField()).isEqualTo("body");
        assertThat(e.getMessage()).contains("600");
    }

    @Test
    void missingRecipient() {
        var e = invalid("no number");
        assertThat(e.getField()).isEqualTo("to");
        assertThat(e.getIndex()).isZero();
    }

    @Test
    void localNumberWithoutCountry() {
        var e = thirdInvalid("to", "0412 345 678");
        assertThat(e.getField()).isEqualTo("to");
        assertThat(e.getIndex()).isEqualTo(2);
        assertThat(e.getMessage()).contains("country");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+99912", "not a number", "+0411111111" })
    void impossibleNumbers(String to) {
        assertThat(thirdInvalid("to", to).getField()).isEqualTo("to");
    }

    @Test
    void unknownCountry() {
        assertThat(thirdInvalid("country", "XX").getField()).isEqualTo("country");
    }

    @Test
    void voiceOtherThanFemaleOrMale() {
        var e = thirdInvalid("voice", "robot");
        assertThat(e.getField()).isEqualTo("voice");
        assertThat(e.getIndex()).isEqualTo(2);
    }

    @Test
    void voiceNotOfferedForTheLanguage() {
        var e = thirdInvalid("lang", "pt-pt", "voice", "female");
        assertThat(e.getField()).isEqualTo("voice");
        assertThat(e.getMessage()).contains("pt-pt");
    }

    @Test
    void unknownLanguage() {
        assertThat(thirdInvalid("lang", "xx-yy").getField()).isEqualTo("lang");
    }

    @Test
    void scheduleInThePast() {
        var e = thirdInvalid("schedule", Instant.now().minusSeconds(3600));
        assertThat(e.getField()).isEqualTo("schedule");
        assertThat(e.getMessage()).contains("past");
    }

    @Test
    void scheduleInMilliseconds() {
        var e = thirdInvalid("schedule", Instant.now().plusSeconds(3600).toEpochMilli());
        assertThat(e.getField()).isEqualTo("schedule");
        assertThat(e.getMessage()).contains("milliseconds");
    }

    @Test
    void scheduleThatIsNoTime() {
        assertThat(thirdInvalid("schedule", "next tuesday").getField()).isEqualTo("schedule");
    }

    @Test
    void unknownFieldIsNotDroppedSilently() {
        var e = thirdInvalid("too", "+61422222222");
        assertThat(e.getField()).isEqualTo("too");
        assertThat(e.getIndex()).isEqualTo(2);
    }

    @Test
    void wronglyTypedField() {
        assertThat(thirdInvalid("require_input", "maybe").getField()).isEqualTo("requireInput");
        assertThat(thirdInvalid("list_id", "abc").getField()).isEqualTo("listId");
    }

    @Test
    void badHeaderIsReportedAgainstTheFirstMessageThatUsesIt() {
        var e = invalid(List.of(VoiceMessage.builder().to("+61411111111").body("own voice").voice("male").build(),
                VoiceMessage.of("+61411111111", "header voice")), ClickSendVoiceConstants.VOICE, "robot");
        assertThat(e.getField()).isEqualTo("voice");
        assertThat(e.getIndex()).isEqualTo(1);
    }

    @Test
    void unparseableJsonHasNoIndex() {
        var e = invalid("[{\"body\": \"unterminated\"");
        assertThat(e.getField()).isEqualTo("body");
        assertThat(e.getIndex()).isNull();
    }

    @Test
    void emptyCollection() {
        assertThat(invalid(List.of()).getField()).isEqualTo("body");
    }

    @Test
    void unsupportedBodyType() {
        assertThat(invalid(42L).getField()).isEqualTo("body");
    }

    @ParameterizedTest
    @ValueSource(strings = { "batchSize=0", "batchSize=1001", "limit=14", "limit=101", "voice=robot",
                             "schedule=soon", "page=0" })
    void outOfRangeOptionsFailWhenTheEndpointIsCreated(String option) {
        String name = option.substring(0, option.indexOf('='));
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?" + option))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .cause().isInstanceOf(ClickSendVoiceValidationException.class)
                .satisfies(e -> assertThat(((ClickSendVoiceValidationException) e).getField()).isEqualTo(name));
    }

    @Test
    void unknownOperationFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:sendd"))
                .hasStackTraceContaining("Unknown operation 'sendd'");
    }

    @Test
    void plainHttpToARemoteHostIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?baseUrl=http://example.com/v3"))
                .cause().isInstanceOf(ClickSendVoiceValidationException.class).hasMessageContaining("baseUrl");
        assertThat(context.getEndpoint("clicksend-voice:send?baseUrl=http://example.com/v3&allowPlainHttp=true"))
                .isNotNull();
    }
}
