package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagePartsTest {

    @Test
    void countsGsmBodiesIn300CharacterCredits() {
        assertThat(MessageParts.parts("")).isZero();
        assertThat(MessageParts.parts("a")).isEqualTo(1);
        assertThat(MessageParts.parts("a".repeat(300))).isEqualTo(1);
        assertThat(MessageParts.parts("a".repeat(301))).isEqualTo(2);
        assertThat(MessageParts.parts("{[€]}".repeat(60))).isEqualTo(1);
        assertThat(MessageParts.parts("a".repeat(5000))).isEqualTo(4);
    }

    @Test
    void anyNonGsmCharacterMakesItUnicode() {
        assertThat(MessageParts.isGsm("Hello, Ünïversé? ÄÖÑÜ§¿@£$¥")).isFalse(); // ï is not GSM
        assertThat(MessageParts.isGsm("Hello, Üniversé? ÄÖÑÜ§¿@£$¥")).isTrue();
        assertThat(MessageParts.parts("a".repeat(149) + "ж")).isEqualTo(1);
        assertThat(MessageParts.parts("a".repeat(150) + "ж")).isEqualTo(2);
        assertThat(MessageParts.parts("😀".repeat(150))).isEqualTo(1); // code points, not UTF-16 units
    }

    @Test
    void truncatesAfterFourCredits() {
        assertThat(MessageParts.truncate("a".repeat(1300))).hasSize(1200);
        assertThat(MessageParts.truncate("ж".repeat(700))).hasSize(600);
        assertThat(MessageParts.truncate("short")).isEqualTo("short");
    }
}
