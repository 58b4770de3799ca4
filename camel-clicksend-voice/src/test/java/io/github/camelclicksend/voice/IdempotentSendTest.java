package io.github.camelclicksend.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.ALREADY_SENT_COUNT;
import static io.github.camelclicksend.voice.ClickSendVoiceConstants.BATCH_COUNT;
import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN 3.8: with an idempotentRepository, each call is placed once, even by a new exchange in a new process. */
class IdempotentSendTest extends SimulatorTestSupport {

    private static final String URI = "clicksend-voice:send?idempotentRepository=#calls&to=%2B61411111111";

    private MemoryIdempotentRepository calls;

    @BeforeEach
    void repository() {
        calls = (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        context.getRegistry().bind("calls", calls);
    }

    private static List<VoiceMessage> messages(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> VoiceMessage.builder().body("call " + k).customString(k).build())
                .toList();
    }

    private List<RecordedRequest> historyRequests() {
        return sim().requests("GET", "/v3/voice/history");
    }

    private Map<String, Long> callsPerKey() {
        return sim().acceptedMessages().stream().filter(c -> c.customString() != null)
                .collect(Collectors.groupingBy(SimulatedCall::customString, Collectors.counting()));
    }

    @Test
    void aMessageWithoutACustomStringIsRefusedAndNothingIsSent() {
        List<VoiceMessage> input = List.of(VoiceMessage.builder().body("a").customString("k-0").build(),
                VoiceMessage.builder().body("b").build());

        Exchange ex = send(URI, input);

        var e = (ClickSendVoiceValidationException) ex.getException();
        assertThat(e.getField()).isEqualTo("customString");
        assertThat(e.getIndex()).isEqualTo(1);
        assertThat(sends()).isEmpty();
        assertThat(calls.getCacheSize()).isZero();
    }

    @Test
    void aCustomStringRepeatedInTheExchangeIsRefusedAndNothingIsSent() {
        Exchange ex = send(URI + "&batchSize=2", messages("k-0", "k-1", "k-0"));

        var e = (ClickSendVoiceValidationException) ex.getException();
        assertThat(e.getField()).isEqualTo("customString");
        assertThat(e.getIndex()).isEqualTo(2);
        assertThat(e.getMessage()).contains("message 0");
        assertThat(sends()).isEmpty();
    }

    @Test
    void newKeysArePostedWithoutAskingHistory() {
        Exchange ex = send(URI, messages("k-0", "k-1", "k-2"));

        assertThat(ex.getException()).isNull();
        assertThat(sends()).hasSize(1);
        assertThat(historyRequests()).isEmpty();
        assertThat(calls.contains("k-0") && calls.contains("k-1") && calls.contains("k-2")).isTrue();
        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        assertThat(result.getMessages()).noneMatch(VoiceMessageResult::isAlreadySent);
        assertThat(ex.getMessage().getHeader(ALREADY_SENT_COUNT)).isEqualTo(0);
    }

    /** A new exchange (a broker's redelivery, a new process) with a key already sent: found in history, not posted. */
    @Test
    void aKnownKeyFoundInHistoryIsNotPostedAgain() {
        Exchange first = send(URI, messages("k-0"));
        String firstId = first.getMessage().getBody(VoiceSendResult.class).getMessages().get(0).getMessageId();

        Exchange again = send(URI, messages("k-0", "k-1"));

        assertThat(again.getException()).isNull();
        assertThat(callsPerKey()).isEqualTo(Map.of("k-0", 1L, "k-1", 1L));
        List<VoiceMessageResult> rows = again.getMessage().getBody(VoiceSendResult.class).getMessages();
        assertThat(rows.get(0).isAlreadySent()).isTrue();
        assertThat(rows.get(0).isAccepted()).isTrue();
        assertThat(rows.get(0).getMessageId()).isEqualTo(firstId);
        assertThat(rows.get(0).getCustomString()).isEqualTo("k-0");
        assertThat(rows.get(1).isAlreadySent()).isFalse();
        assertThat(again.getMessage().getHeader(ALREADY_SENT_COUNT)).isEqualTo(1);
        assertThat(again.getMessage().getHeader(BATCH_COUNT)).isEqualTo(1);
        assertThat(sends().get(1).body()).doesNotContain("k-0").contains("k-1");
        RecordedRequest lookup = historyRequests().get(0);
        assertThat(historyRequests()).hasSize(1);
        assertThat(lookup.query()).containsEntry("q", "custom_string:k-0");
        long dateFrom = Long.parseLong(lookup.query().get("date_from"));
        assertThat(dateFrom).isBetween(Instant.now().getEpochSecond() - 86_400 - 60, Instant.now().getEpochSecond() - 86_400);
    }

    @Test
    void aCallCancelledSinceIsNotPlacedAgain() {
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        Exchange first = send(URI, List.of(VoiceMessage.builder().body("later").customString("k-0").schedule(tomorrow).build()));
        send("clicksend-voice:cancel?messageId=" + first.getMessage().getBody(VoiceSendResult.class).getMessages().get(0)
                .getMessageId(), null);

        Exchange again = send(URI, List.of(VoiceMessage.builder().body("later").customString("k-0").schedule(tomorrow).build()));

        assertThat(again.getException()).isNull();
        VoiceMessageResult row = again.getMessage().getBody(VoiceSendResult.class).getMessages().get(0);
        assertThat(row.isAlreadySent()).isTrue();
        assertThat(row.getStatus()).isEqualTo("Cancelled");
        assertThat(sends()).hasSize(1);
        assertThat(again.getMessage().getHeader(BATCH_COUNT)).isEqualTo(0);
    }

    /** add(key) before the post, then a crash before it went out: the key is known, history lacks it, so it is sent. */
    @Test
    void aKnownKeyThatHistoryLacksIsPosted() {
        calls.add("k-0");

        Exchange ex = send(URI, messages("k-0"));

        assertThat(ex.getException()).isNull();
        assertThat(callsPerKey()).isEqualTo(Map.of("k-0", 1L));
        assertThat(historyRequests()).hasSize(1);
        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getMessages().get(0).isAlreadySent()).isFalse();
    }

    /** A key whose exact custom_string is not in history is posted, even when q finds look-alikes. */
    @Test
    void historyRecordsAreComparedExactly() {
        send(URI, messages("k-10", "k-100"));
        calls.add("k-1");

        Exchange ex = send(URI, messages("k-1"));

        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getMessages().get(0).isAlreadySent()).isFalse();
        assertThat(callsPerKey()).containsEntry("k-1", 1L);
    }

    @Test
    void keysOfRejectedMessagesAreRemovedAndOfAcceptedOnesKept() {
        List<VoiceMessage> input = List.of(VoiceMessage.builder().body("ok").customString("k-0").build(),
                VoiceMessage.builder().listId(999_999).body("not our list").customString("k-1").build());

        Exchange ex = send(URI + "&rejectionPolicy=IGNORE", input);

        assertThat(ex.getException()).isNull();
        assertThat(calls.contains("k-0")).isTrue();
        assertThat(calls.contains("k-1")).isFalse();
    }

    @Test
    void keysOfAChunkNotProcessedAreRemoved() {
        sim().faults().onPath("/voice/send").next(1).respond(503);

        Exchange ex = send(URI, messages("k-0", "k-1"));

        assertThat(ex.getException()).isNotNull();
        assertThat(calls.getCacheSize()).isZero();
        assertThat(send(URI, messages("k-0", "k-1")).getException()).isNull();
        assertThat(historyRequests()).isEmpty();
        assertThat(callsPerKey()).isEqualTo(Map.of("k-0", 1L, "k-1", 1L));
    }

    /**
     * The answer is lost after ClickSend placed the calls. A redelivery while the request may still be in flight
     * neither posts nor asks history; once responseTimeout has passed since it went out, it finds both in history.
     */
    @Test
    void anUnknownOutcomeKeepsItsKeysAndIsReconciledOnceTheRequestCannotBeInFlight() throws Exception {
        String uri = URI + "&responseTimeout=1500";
        sim().faults().onPath("/voice/send").next(1).closeWithoutResponse();
        long wentOut = System.nanoTime();

        Exchange ex = send(uri, messages("k-0", "k-1"));
        assertThat(((ClickSendVoiceOutcomeUnknownException) ex.getException()).getIndexes()).containsExactly(0, 1);
        assertThat(calls.contains("k-0") && calls.contains("k-1")).isTrue();

        ex.setException(null);
        template.send(uri, ex);
        assertThat(((ClickSendVoiceOutcomeUnknownException) ex.getException()).getIndexes()).containsExactly(0, 1);
        assertThat(historyRequests()).isEmpty();
        Exchange otherExchange = send(uri, messages("k-1"));
        assertThat(otherExchange.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        assertThat(sends()).hasSize(1);

        Thread.sleep(Math.max(0, 1600 - (System.nanoTime() - wentOut) / 1_000_000));
        ex.setException(null);
        template.send(uri, ex);

        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(ALREADY_SENT_COUNT)).isEqualTo(2);
        assertThat(ex.getMessage().getBody(VoiceSendResult.class).getMessages()).allMatch(VoiceMessageResult::isAlreadySent);
        assertThat(sends()).hasSize(1);
        assertThat(callsPerKey()).isEqualTo(Map.of("k-0", 1L, "k-1", 1L));
    }

    /** The requests a redelivery of 1000 keys costs: one pass over the window, 100 calls a page, not 1000 searches. */
    @Test
    void aRedeliveryOfAThousandKeysReadsTheWindowOnce() throws Exception {
        String uri = URI + "&responseTimeout=500";
        List<VoiceMessage> thousand = IntStream.range(0, 1000).mapToObj(i -> "key-" + i)
                .map(k -> VoiceMessage.builder().body("call " + k).customString(k).build()).toList();
        sim().faults().onPath("/voice/send").next(1).closeWithoutResponse();
        Exchange ex = send(uri, thousand);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        Thread.sleep(600);

        ex.setException(null);
        template.send(uri, ex);

        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getHeader(ALREADY_SENT_COUNT)).isEqualTo(1000);
        assertThat(sends()).hasSize(1);
        assertThat(sim().acceptedMessages()).hasSize(1000);
        assertThat(historyRequests()).hasSize(10).allSatisfy(r -> assertThat(r.query()).doesNotContainKey("q"));
        System.out.printf("[idempotent] redelivery of 1,000 keys: %d history requests, 0 posts%n", historyRequests().size());
    }

    /** Two keys in a window of 500 calls: two searches (and the first page that said so) beat five more pages. */
    @Test
    void fewKeysInABusyWindowAreSearchedOneByOne() {
        send("clicksend-voice:send?to=%2B61411111111", IntStream.range(0, 500).mapToObj(i -> "other " + i).toList());
        send(URI, messages("k-0", "k-1"));
        calls.add("k-2");

        Exchange ex = send(URI, messages("k-0", "k-1", "k-2"));

        assertThat(ex.getMessage().getHeader(ALREADY_SENT_COUNT)).isEqualTo(2);
        assertThat(historyRequests()).hasSize(4);
        assertThat(historyRequests().subList(1, 4)).extracting(r -> r.query().get("q"))
                .containsExactlyInAnyOrder("custom_string:k-0", "custom_string:k-1", "custom_string:k-2");
        assertThat(callsPerKey()).containsEntry("k-0", 1L).containsEntry("k-1", 1L).containsEntry("k-2", 1L);
    }
}
