package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClockTest {

    private static final Instant NEW_YEAR = Instant.parse("2030-01-01T00:00:00Z");

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(5)));

    private static Instant dateHeader(Api.Reply reply) {
        return ZonedDateTime.parse(reply.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void everyAnswerCarriesTheSimulatorsTimeInTheDateHeader() {
        Api api = new Api(SIM.simulator());
        SIM.simulator().addPollRule();
        SIM.simulator().clock().set(NEW_YEAR).freeze();

        assertThat(dateHeader(api.get("/voice/lang"))).isEqualTo(NEW_YEAR);
        assertThat(dateHeader(api.as(null, null).get("/voice/lang"))).isEqualTo(NEW_YEAR); // 401 too
        assertThat(dateHeader(api.get("/no/such/path"))).isEqualTo(NEW_YEAR);
        SIM.simulator().clock().advance(Duration.ofSeconds(90));
        assertThat(api.get("/voice/lang").header("Date")).isEqualTo("Tue, 1 Jan 2030 00:01:30 GMT");
    }

    @Test
    void aFrozenClockStampsCallsAndReceiptsAndDecidesWhatIsScheduled() {
        Api api = new Api(SIM.simulator());
        SIM.simulator().addPollRule();
        SIM.simulator().clock().set(NEW_YEAR).freeze();
        long newYear = NEW_YEAR.getEpochSecond();

        JsonNode rows = api.post("/voice/send", messages(call("+61411111111", "now"),
                "{\"to\":\"+61422222222\",\"body\":\"soon\",\"schedule\":" + (newYear + 60) + "}")).data().get("messages");
        Api.await(Duration.ofSeconds(5), () -> SIM.receipts().size() == 1);
        SimulatedReceipt added = SIM.simulator().addReceipt(SimulatedReceipt.builder());

        assertThat(rows.get(0).get("date_added").asLong()).isEqualTo(newYear);
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::status)
                .containsExactly(SimulatedCall.SENT, SimulatedCall.SCHEDULED); // 60 s after the simulator's now
        SimulatedReceipt made = SIM.receipts().get(0);
        assertThat(made.timestamp()).isEqualTo(NEW_YEAR);
        assertThat(made.timestampSend()).isEqualTo(NEW_YEAR);
        assertThat(added.timestamp()).isEqualTo(NEW_YEAR);
        JsonNode polled = api.get("/voice/receipts").data().get("data");
        assertThat(polled.get(0).get("timestamp").asText()).isEqualTo(Long.toString(newYear));
    }

    @Test
    void setFreezeAdvanceResume() {
        SimulatorClock clock = SIM.simulator().clock();

        clock.set(NEW_YEAR);
        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.instant()).isBetween(NEW_YEAR, NEW_YEAR.plusSeconds(60)); // runs on from there
        clock.freeze().set(NEW_YEAR).advance(Duration.ofSeconds(5));
        assertThat(clock.instant()).isEqualTo(NEW_YEAR.plusSeconds(5));
        assertThat(clock.instant()).isEqualTo(NEW_YEAR.plusSeconds(5));
        clock.resume();
        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.instant()).isAfterOrEqualTo(NEW_YEAR.plusSeconds(5));
        assertThat(clock.withZone(ZoneOffset.ofHours(10)).instant()).isBetween(NEW_YEAR, NEW_YEAR.plusSeconds(60));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);

        SIM.simulator().reset();
        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
    }

    @Test
    void theBuilderClockIsTheStartingPoint() {
        Instant fixed = Instant.parse("2031-06-01T12:00:00Z");
        try (ClickSendSimulator sim = ClickSendSimulator.builder().clock(Clock.fixed(fixed, ZoneOffset.UTC)).start()) {
            assertThat(dateHeader(new Api(sim).get("/voice/lang"))).isEqualTo(fixed);
            sim.clock().advance(Duration.ofHours(1));
            assertThat(sim.addReceipt(SimulatedReceipt.builder()).timestamp()).isEqualTo(fixed.plusSeconds(3600));
            sim.reset();
            assertThat(sim.clock().instant()).isEqualTo(fixed);
        }
    }
}
