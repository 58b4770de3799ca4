package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Header precedence, time values, batching into chunks and the result headers. */
class SendHeadersAndBatchingTest extends SimulatorTestSupport {

    @Test
    void messageFieldBeatsHeaderBeatsEndpointOptionBeatsComponentOption() {
        context.getComponent("clicksend-voice", ClickSendVoiceComponent.class).getConfiguration().setLang("de-de");
        String uri = "clicksend-voice:send?lang=en-gb&voice=male&customString=endpoint&to=%2B61411111111";

        send(uri, List.of(
                Map.of("body", "own", "lang", "fr-fr", "customString", "own"),
                "header"), LANG, "en-au", CUSTOM_STRING, "header");
        send("clicksend-voice:send?to=%2B61411111111", "component");

        List<SimulatedCall> calls = sim().acceptedMessages();
        assertThat(calls.get(0).lang()).isEqualTo("fr-fr");
        assertThat(calls.get(0).customString()).isEqualTo("own");
        assertThat(calls.get(1).lang()).isEqualTo("en-au");
        assertThat(calls.get(1).customString()).isEqualTo("header");
        assertThat(calls.get(1).voice()).isEqualTo("male");
        assertThat(calls.get(2).lang()).isEqualTo("de-de");
    }

    @Test
    void everyMessageHeaderIsApplied() {
        long in2Hours = Instant.now().plusSeconds(7200).getEpochSecond();
        send("clicksend-voice:send", "headers only", TO, "0412 345 678", COUNTRY, "au", VOICE, "MALE", LANG, "en-AU",
                CUSTOM_STRING, "cs", SOURCE, "tests", SCHEDULE, in2Hours, REQUIRE_INPUT, "true",
                MACHINE_DETECTION, true);

        SimulatedCall call = sim().acceptedMessages().get(0);
        assertThat(call.to()).isEqualTo("+61412345678");
        assertThat(call.country()).isEqualTo("AU");
        assertThat(call.voice()).isEqualTo("male");
        assertThat(call.lang()).isEqualTo("en-au");
        assertThat(call.customString()).isEqualTo("cs");
        assertThat(call.source()).isEqualTo("tests");
        assertThat(call.schedule()).isEqualTo(in2Hours);
        assertThat(call.requireInput()).isTrue();
        assertThat(call.machineDetection()).isTrue();
    }

    @Test
    void listIdHeaderReplacesTheNumber() {
        sim().addContactList(77, List.of("+61411111111", "+61422222222"));

        Exchange ex = send("clicksend-voice:send", "to the list", LIST_ID, "77");

        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getMessages()).hasSize(2).allMatch(r -> r.getIndex() == 0 && r.getListId() == 77);
        assertThat(sends().get(0).body()).contains("\"list_id\":77").doesNotContain("\"to\"");
    }

    @Test
    void scheduleAcceptsEveryTimeType() {
        Instant at = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Object> values = List.of(at.getEpochSecond(), at, at.atOffset(ZoneOffset.ofHours(2)),
                at.atZone(java.time.ZoneId.of("Australia/Sydney")), Date.from(at), at.toString(),
                at.atOffset(ZoneOffset.ofHours(-5)).toString(), String.valueOf(at.getEpochSecond()),
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDateTime().toString());
        for (Object v : values) {
            send("clicksend-voice:send?to=%2B61411111111", "scheduled", SCHEDULE, v);
        }

        assertThat(sim().acceptedMessages()).hasSize(values.size())
                .allSatisfy(c -> assertThat(c.schedule()).isEqualTo(at.getEpochSecond()));
    }

    @Test
    void isoDateAloneIsStartOfDayUtc() {
        ZonedDateTime tomorrow = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2).toLocalDate().atStartOfDay(ZoneOffset.UTC);
        send("clicksend-voice:send?to=%2B61411111111", "date", SCHEDULE, tomorrow.toLocalDate().toString());

        assertThat(sim().acceptedMessages().get(0).schedule()).isEqualTo(tomorrow.toEpochSecond());
    }

    @Test
    void twentyFiveHundredMessagesGoAsThreeRequestsInInputOrder() {
        List<VoiceMessage> messages = IntStream.range(0, 2500)
                .mapToObj(i -> VoiceMessage.builder().to("+61411111111").body("call " + i).customString("i" + i).build())
                .toList();

        Exchange ex = send("clicksend-voice:send", messages);

        assertThat(ex.getException()).isNull();
        assertThat(sends()).hasSize(3);
        assertThat(sends().get(0).body()).contains("call 0\"").contains("call 999\"").doesNotContain("call 1000\"");
        assertThat(sends().get(2).body()).contains("call 2000\"").contains("call 2499\"");
        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getMessages()).hasSize(2500);
        for (int i = 0; i < 2500; i++) {
            VoiceMessageResult r = result.getMessages().get(i);
            assertThat(r.getIndex()).isEqualTo(i);
            assertThat(r.getCustomString()).isEqualTo("i" + i);
        }
        assertThat(ex.getMessage().getHeader(BATCH_COUNT)).isEqualTo(3);
        assertThat(ex.getMessage().getHeader(TOTAL_COUNT)).isEqualTo(2500);
        assertThat(ex.getMessage().getHeader(QUEUED_COUNT)).isEqualTo(2500);
        assertThat(ex.getMessage().getHeader(REJECTED_COUNT)).isEqualTo(0);
        assertThat(ex.getMessage().getHeader(TOTAL_PRICE, BigDecimal.class)).isEqualByComparingTo("175.00");
        assertThat(ex.getMessage().getHeader(CURRENCY)).isEqualTo("AUD");
        List<?> ids = ex.getMessage().getHeader(MESSAGE_IDS, List.class);
        assertThat(ids).hasSize(2500);
        assertThat(ids).isEqualTo(sim().acceptedMessages().stream().map(SimulatedCall::messageId).toList());
        assertThat(ex.getMessage().getHeader(HTTP_CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getHeader(RESPONSE_CODE)).isEqualTo("SUCCESS");
    }

    @Test
    void batchSizeOptionCutsSmallerChunks() {
        Exchange ex = send("clicksend-voice:send?batchSize=2&to=%2B61411111111", List.of("a", "b", "c", "d", "e"));

        assertThat(sends()).hasSize(3);
        assertThat(ex.getMessage().getHeader(BATCH_COUNT)).isEqualTo(3);
        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::body).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void priceQuotesWithoutPlacingCalls() {
        Exchange ex = send("clicksend-voice:price?to=%2B61411111111", List.of("one", "two"));

        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getTotalPrice()).isEqualByComparingTo("0.14");
        assertThat(result.getMessages()).allMatch(VoiceMessageResult::isAccepted);
        assertThat(sim().requests("POST", "/v3/voice/price")).hasSize(1);
        assertThat(sim().acceptedMessages()).isEmpty();
    }

    @Test
    void operationHeaderOverridesTheUri() {
        send("clicksend-voice:send?to=%2B61411111111", "quote", OPERATION, "price");

        assertThat(sim().requests("POST", "/v3/voice/price")).hasSize(1);
        assertThat(sends()).isEmpty();
    }
}
