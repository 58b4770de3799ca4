package io.github.camelclicksend.voice.consumer;

import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.consumer.HandedOverReceipts.Identity;

import static org.assertj.core.api.Assertions.assertThat;

/** The polling consumer's memory stays bounded by markReadGrace, for a receipt without a timestamp too. */
class HandedOverReceiptsTest {

    private static final int GRACE = 60;

    @Test
    void aReceiptWithoutTimestampIsForgottenOnceTheGraceHasPassedSinceItWasSeen() {
        HandedOverReceipts memory = new HandedOverReceipts();
        Identity blank = new Identity("NO-TIME", "201", null);
        long seen = 1_900_000_000L;
        memory.handedOver(blank, memory.timestampOf(blank, seen));

        assertThat(memory.dateBefore(seen + GRACE, GRACE)).as("inside the grace: nothing to mark").isEmpty();
        assertThat(memory.isHandedOver(blank)).isTrue();

        long dateBefore = memory.dateBefore(seen + GRACE + 1, GRACE).orElseThrow();
        memory.covered(dateBefore);
        assertThat(memory.size()).isZero();
    }

    @Test
    void aFailingReceiptWithoutTimestampKeepsTheTimeItWasFirstSeen() {
        HandedOverReceipts memory = new HandedOverReceipts();
        Identity blank = new Identity("NO-TIME", "201", null);
        memory.failed(blank, memory.timestampOf(blank, 1000));
        assertThat(memory.timestampOf(blank, 5000)).isEqualTo(1000);

        Identity older = new Identity("OK", "201", 900L);
        memory.handedOver(older, 900);
        assertThat(memory.dateBefore(5000, GRACE)).hasValue(901);
        Identity newer = new Identity("LATER", "201", 1500L);
        memory.handedOver(newer, 1500);
        assertThat(memory.dateBefore(5000, GRACE)).as("held back before the failing one").hasValue(999);
    }
}
