package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that do not fit are refused, never cut or wrapped into another valid-looking value: JSON reads 1.5 as a
 * BigDecimal and huge integers as BigIntegers, and longValue() would silently make them something else.
 */
class InexactNumbersTest extends SimulatorTestSupport {

    private static final long FUTURE = Instant.now().getEpochSecond() + 86_400;
    private static final BigInteger TWO_TO_THE_64 = BigInteger.ONE.shiftLeft(64);

    private ClickSendVoiceValidationException invalid(Map<String, Object> message, Object... headers) {
        Exchange ex = send("clicksend-voice:send", message, headers);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceValidationException.class);
        assertThat(sim().requests()).isEmpty();
        return (ClickSendVoiceValidationException) ex.getException();
    }

    @Test
    void aScheduleWithAFractionIsRefused() {
        var e = invalid(Map.of("to", AU_TEST_NUMBER, "body", "hi", "schedule", new BigDecimal(FUTURE + ".5")));
        assertThat(e.getField()).isEqualTo("schedule");
        assertThat(e.getIndex()).isZero();
    }

    @Test
    void aScheduleThatWouldWrapAroundIsRefused() {
        var e = invalid(Map.of("to", AU_TEST_NUMBER, "body", "hi"), ClickSendVoiceConstants.SCHEDULE,
                TWO_TO_THE_64.add(BigInteger.valueOf(FUTURE)));
        assertThat(e.getField()).isEqualTo("schedule");
    }

    @Test
    void aListIdThatWouldWrapAroundIsRefused() {
        sim().addContactList(5, java.util.List.of(AU_TEST_NUMBER));
        var e = invalid(Map.of("list_id", TWO_TO_THE_64.add(BigInteger.valueOf(5)), "body", "hi"));
        assertThat(e.getField()).isEqualTo("listId");
    }

    @Test
    void aNumericRecipientKeepsAllItsDigits() {
        var e = invalid(Map.of("to", TWO_TO_THE_64.add(BigInteger.valueOf(61411111111L)), "body", "hi", "country",
                "AU"));
        assertThat(e.getField()).isEqualTo("to");
        assertThat(e.getMessage()).contains(TWO_TO_THE_64.add(BigInteger.valueOf(61411111111L)).toString());
    }

    @Test
    void aTimeBefore1970IsRefused() {
        Exchange ex = send("clicksend-voice:markReceiptsRead", null, ClickSendVoiceConstants.DATE_BEFORE, -1);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceValidationException.class)
                .hasMessageContaining("dateBefore").hasMessageContaining("1970");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aPageHeaderThatWouldWrapAroundIsRefused() {
        Exchange ex = send("clicksend-voice:history", null, ClickSendVoiceConstants.PAGE, (1L << 32) + 2);
        assertThat(ex.getException()).isInstanceOfSatisfying(ClickSendVoiceValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("page"));
        assertThat(sim().requests()).isEmpty();
    }

    /** A fraction below a double's precision once passed a comparison of doubles as a whole number. */
    @Test
    void aLimitHeaderWithATinyFractionIsRefused() {
        Exchange ex = send("clicksend-voice:receipts", null, ClickSendVoiceConstants.LIMIT,
                new BigDecimal("20.0000000000000000001"));
        assertThat(ex.getException()).isInstanceOfSatisfying(ClickSendVoiceValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("limit"));
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aRequireInputHeaderWithATinyFractionIsNotTrue() {
        var e = invalid(Map.of("to", AU_TEST_NUMBER, "body", "hi"), ClickSendVoiceConstants.REQUIRE_INPUT,
                new BigDecimal("1.0000000000000000001"));
        assertThat(e.getField()).isEqualTo("requireInput");
    }

    @Test
    void wholeNumbersOfEveryTypeStillWork() {
        Exchange ex = send("clicksend-voice:send", Map.of("to", AU_TEST_NUMBER, "body", "hi", "schedule",
                new BigDecimal("1.0E1").multiply(BigDecimal.valueOf(FUTURE / 10))));
        assertThat(ex.getException()).isNull();
        assertThat(sim().acceptedMessages()).singleElement()
                .satisfies(c -> assertThat(c.schedule()).isEqualTo(FUTURE / 10 * 10));
    }
}
