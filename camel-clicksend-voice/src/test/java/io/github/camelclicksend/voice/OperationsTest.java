package io.github.camelclicksend.voice;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceLanguage;
import io.github.camelclicksend.voice.model.VoiceReceipt;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static io.github.camelclicksend.voice.ClickSendVoiceConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operation but send and price: method, path, query, typed result, JSON conversion. */
class OperationsTest extends SimulatorTestSupport {

    private RecordedRequest last() {
        List<RecordedRequest> all = sim().requests();
        return all.get(all.size() - 1);
    }

    private void placeCalls(String... bodies) {
        Exchange ex = send("clicksend-voice:send?to=%2B61411111111", List.of((Object[]) bodies));
        assertThat(ex.getException()).isNull();
    }

    private List<String> scheduleCalls(int n) {
        long at = Instant.now().plusSeconds(86_400).getEpochSecond();
        Exchange ex = send("clicksend-voice:send?to=%2B61411111111", java.util.Collections.nCopies(n, "later"),
                SCHEDULE, at);
        return ex.getMessage().getHeader(MESSAGE_IDS, List.class);
    }

    @Test
    void historyPagesWithDateFilters() {
        placeCalls("one", "two", "three");
        Instant from = Instant.now().minusSeconds(3600);

        Exchange ex = send("clicksend-voice:history?limit=15", null, DATE_FROM, from, DATE_TO, "2099-01-01", PAGE, 1);

        assertThat(last().method()).isEqualTo("GET");
        assertThat(last().path()).isEqualTo("/v3/voice/history");
        assertThat(last().query()).containsEntry("limit", "15").containsEntry("page", "1")
                .containsEntry("date_from", String.valueOf(from.getEpochSecond()))
                .containsEntry("date_to", "4070908800");
        @SuppressWarnings("unchecked")
        Page<VoiceHistoryRecord> page = ex.getMessage().getBody(Page.class);
        assertThat(page.getTotal()).isEqualTo(3);
        assertThat(page.getCurrentPage()).isEqualTo(1);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.getItems()).extracting(VoiceHistoryRecord::getBody)
                .containsExactlyInAnyOrder("one", "two", "three");
        assertThat(page.getItems().get(0).getMessagePrice()).isPositive();
        assertThat(ex.getMessage().getHeader(HTTP_CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getBody(String.class)).contains("\"items\":[").contains("\"hasNext\":false");
    }

    @Test
    void historyPagingAcrossPages() {
        placeCalls(java.util.Collections.nCopies(20, "paged").toArray(String[]::new));

        Exchange ex = send("clicksend-voice:history?limit=15&page=2", null);
        assertThat(ex.getException()).isNull();

        Page<?> page = ex.getMessage().getBody(Page.class);
        assertThat(page.getItems()).hasSize(5);
        assertThat(page.getLastPage()).isEqualTo(2);
        assertThat(page.getPerPage()).isEqualTo(15);
        assertThat(page.hasNext()).isFalse();
        assertThat(send("clicksend-voice:history?limit=15", null).getMessage().getBody(Page.class).hasNext()).isTrue();
    }

    @Test
    void limitHeaderOutOfRangeIsAValidationError() {
        Exchange ex = send("clicksend-voice:history", null, LIMIT, 5);
        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceValidationException.class);
        assertThat(((ClickSendVoiceValidationException) ex.getException()).getField()).isEqualTo("limit");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void exportHistoryGivesTheUrlOrDownloadsTheCsv() throws Exception {
        placeCalls("exported");

        Exchange url = send("clicksend-voice:exportHistory?filename=calls.csv", null);
        assertThat(last().path()).isEqualTo("/v3/voice/history/export");
        assertThat(last().query()).containsEntry("filename", "calls.csv");
        assertThat(url.getMessage().getBody(String.class)).startsWith("http://127.0.0.1:").contains("calls.csv");

        Exchange csv = send("clicksend-voice:exportHistory?download=true", null);
        String text;
        try (InputStream in = csv.getMessage().getBody(InputStream.class)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains(sim().acceptedMessages().get(0).messageId());
        assertThat(csv.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/csv");
    }

    @Test
    void languagesWithOneOrTwoVoices() {
        Exchange ex = send("clicksend-voice:languages", null);

        assertThat(last().path()).isEqualTo("/v3/voice/lang");
        @SuppressWarnings("unchecked")
        List<VoiceLanguage> languages = ex.getMessage().getBody(List.class);
        assertThat(languages).hasSize(23);
        VoiceLanguage enIn = languages.stream().filter(l -> l.getCode().equals("en-in")).findFirst().orElseThrow();
        VoiceLanguage enUs = languages.stream().filter(l -> l.getCode().equals("en-us")).findFirst().orElseThrow();
        assertThat(enIn.getGenders()).containsExactly("female");
        assertThat(enUs.getGenders()).containsExactly("female", "male");
        assertThat(enUs.getCountry()).isEqualTo("English, US");
        assertThat(ex.getMessage().getBody(String.class)).startsWith("[{").contains("\"code\":\"en-us\"");
    }

    @Test
    void receiptsPage() {
        sim().addPollRule(); // ClickSend keeps receipts for polling only while a POLL rule exists
        sim().addReceipt("A1", "201", "Success", "1", "ref", Instant.now().minusSeconds(10));

        Exchange ex = send("clicksend-voice:receipts?limit=100", null);
        assertThat(ex.getException()).isNull();

        assertThat(last().path()).isEqualTo("/v3/voice/receipts");
        assertThat(last().query()).containsEntry("limit", "100");
        Page<?> page = ex.getMessage().getBody(Page.class);
        VoiceReceipt receipt = (VoiceReceipt) page.getItems().get(0);
        assertThat(receipt.getMessageId()).isEqualTo("A1");
        assertThat(receipt.getDigits()).isEqualTo("1");
        assertThat(receipt.getStatusCode()).isEqualTo("201");
        assertThat(ex.getMessage().getBody(String.class)).contains("\"messageId\":\"A1\"");
    }

    @Test
    void receiptByIdFoundAndNotFound() {
        sim().addReceipt("B2", "201", "Success", "", null, Instant.now());

        Exchange found = send("clicksend-voice:receipt", null, MESSAGE_ID, "B2");
        assertThat(last().path()).isEqualTo("/v3/voice/receipts/B2");
        assertThat(found.getMessage().getBody(VoiceReceipt.class).getMessageId()).isEqualTo("B2");
        assertThat(found.getMessage().getBody(VoiceReceipt.class).getDigits()).isEmpty();
        assertThat(found.getMessage().getHeader(FOUND)).isEqualTo(Boolean.TRUE);

        Exchange missing = send("clicksend-voice:receipt?messageId=NOPE", "left alone");
        assertThat(missing.getException()).isNull();
        assertThat(missing.getMessage().getBody()).isNull();
        assertThat(missing.getMessage().getHeader(FOUND)).isEqualTo(Boolean.FALSE);
        assertThat(missing.getMessage().getHeader(HTTP_CODE)).isEqualTo(404);
    }

    @Test
    void receiptWithoutMessageIdFailsBeforeSending() {
        Exchange ex = send("clicksend-voice:receipt", null);
        var e = (ClickSendVoiceValidationException) ex.getException();
        assertThat(e.getField()).isEqualTo("messageId");
        assertThat(e.getIndex()).isNull();
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void addTestReceiptTakesTheUrlFromBodyHeaderOptionOrPoll() {
        send("clicksend-voice:addTestReceipt", "http://127.0.0.1:1/from-body");
        assertThat(last().body()).contains("\"url\":\"http://127.0.0.1:1/from-body\"");
        send("clicksend-voice:addTestReceipt?receiptUrl=http://127.0.0.1:1/option", null, RECEIPT_URL,
                "http://127.0.0.1:1/header");
        assertThat(last().body()).contains("/header");
        send("clicksend-voice:addTestReceipt?receiptUrl=http://127.0.0.1:1/option", " ");
        assertThat(last().body()).contains("/option");
        Exchange poll = send("clicksend-voice:addTestReceipt", null);
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().path()).isEqualTo("/v3/voice/receipts");
        assertThat(last().body()).isEqualTo("{\"url\":\"poll\"}");
        assertThat(poll.getMessage().getBody(VoiceReceipt.class).getMessageId()).isNotBlank();
    }

    @Test
    void markReceiptsReadSendsDateBeforeAndKeepsTheBody() {
        Instant before = Instant.parse("2030-01-01T00:00:00Z");
        Exchange ex = send("clicksend-voice:markReceiptsRead", "unchanged", DATE_BEFORE, before);

        assertThat(last().method()).isEqualTo("PUT");
        assertThat(last().path()).isEqualTo("/v3/voice/receipts-read");
        assertThat(last().body()).isEqualTo("{\"date_before\":" + before.getEpochSecond() + "}");
        assertThat(ex.getMessage().getBody()).isEqualTo("unchanged");
        assertThat(ex.getMessage().getHeader(RESPONSE_CODE)).isEqualTo("SUCCESS");
    }

    @Test
    void cancelOneScheduledCall() {
        List<String> ids = scheduleCalls(2);

        Exchange ex = send("clicksend-voice:cancel", "unchanged", MESSAGE_ID, ids.get(0));

        assertThat(last().method()).isEqualTo("PUT");
        assertThat(last().path()).isEqualTo("/v3/voice/" + ids.get(0) + "/cancel");
        assertThat(ex.getMessage().getBody()).isEqualTo("unchanged");
        assertThat(sim().acceptedMessages()).extracting(SimulatedCall::status)
                .containsExactly(SimulatedCall.CANCELLED, SimulatedCall.SCHEDULED);
    }

    @Test
    void cancelAllCountsTheCancelledCalls() {
        scheduleCalls(3);

        Exchange ex = send("clicksend-voice:cancelAll", null);

        assertThat(last().method()).isEqualTo("PUT");
        assertThat(last().path()).isEqualTo("/v3/voice/cancel-all");
        assertThat(ex.getMessage().getBody()).isEqualTo(3);
        assertThat(sim().acceptedMessages()).allMatch(c -> c.status().equals(SimulatedCall.CANCELLED));
    }
}
