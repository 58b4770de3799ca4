package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryEndpointTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension(
            ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(20)));

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(SIM.simulator());
    }

    private void sendCalls(int n) {
        String[] batch = IntStream.range(0, n).mapToObj(i -> call("+6141111" + String.format("%04d", i + 1), "call " + i))
                .toArray(String[]::new);
        assertThat(api.post("/voice/send", messages(batch)).data().get("queued_count").asInt()).isEqualTo(n);
    }

    @Test
    void pagesLikeLaravel() {
        sendCalls(20);

        Reply first = api.get("/voice/history");

        assertThat(first.json().get("response_msg").asText()).isEqualTo("Here is your history.");
        JsonNode page1 = first.data();
        assertThat(page1.get("total").asInt()).isEqualTo(20);
        assertThat(page1.get("per_page").asInt()).isEqualTo(15);
        assertThat(page1.get("current_page").asInt()).isEqualTo(1);
        assertThat(page1.get("last_page").asInt()).isEqualTo(2);
        assertThat(page1.get("from").asInt()).isEqualTo(1);
        assertThat(page1.get("to").asInt()).isEqualTo(15);
        assertThat(page1.get("prev_page_url").isNull()).isTrue();
        assertThat(page1.get("next_page_url").asText()).isEqualTo(SIM.baseUrl() + "/voice/history?page=2");
        assertThat(page1.get("data")).hasSize(15);
        assertThat(page1.get("data").get(0).get("body").asText()).isEqualTo("call 0");

        JsonNode page2 = api.get(page1.get("next_page_url").asText()).data();
        assertThat(page2.get("current_page").asInt()).isEqualTo(2);
        assertThat(page2.get("data")).hasSize(5);
        assertThat(page2.get("from").asInt()).isEqualTo(16);
        assertThat(page2.get("to").asInt()).isEqualTo(20);
        assertThat(page2.get("next_page_url").isNull()).isTrue();
        assertThat(page2.get("prev_page_url").asText()).isEqualTo(SIM.baseUrl() + "/voice/history?page=1");
    }

    @Test
    void clampsLimitAndKeepsFiltersInPageUrls() {
        sendCalls(20);

        JsonNode small = api.get("/voice/history?limit=5").data();
        JsonNode big = api.get("/voice/history?limit=500").data();
        JsonNode filtered = api.get("/voice/history?date_from=1&limit=15").data();

        assertThat(small.get("per_page").asInt()).isEqualTo(15);
        assertThat(big.get("per_page").asInt()).isEqualTo(100);
        assertThat(big.get("data")).hasSize(20);
        assertThat(big.get("last_page").asInt()).isEqualTo(1);
        assertThat(filtered.get("next_page_url").asText()).contains("page=2").contains("date_from=1").contains("limit=15");
    }

    @Test
    void emptyHistoryHasNoPages() {
        JsonNode empty = api.get("/voice/history").data();

        assertThat(empty.get("total").asInt()).isZero();
        assertThat(empty.get("current_page").asInt()).isEqualTo(1);
        assertThat(empty.get("last_page").asInt()).isZero();
        assertThat(empty.get("from").isNull()).isTrue();
        assertThat(empty.get("next_page_url").isNull()).isTrue();
        assertThat(empty.get("data")).isEmpty();
    }

    @Test
    void filtersOnDateAddedAndShowsTheCallLifecycle() {
        sendCalls(2);
        long now = Instant.now().getEpochSecond();
        Api.await(Duration.ofSeconds(5), () -> SIM.acceptedMessages().stream()
                .allMatch(c -> c.status().equals(SimulatedCall.SENT)));

        JsonNode inRange = api.get("/voice/history?date_from=" + (now - 60) + "&date_to=" + (now + 60)).data();
        JsonNode future = api.get("/voice/history?date_from=" + (now + 60)).data();
        JsonNode past = api.get("/voice/history?date_to=" + (now - 60)).data();
        Reply bad = api.get("/voice/history?date_from=yesterday");

        assertThat(inRange.get("total").asInt()).isEqualTo(2);
        assertThat(future.get("total").asInt()).isZero();
        assertThat(past.get("total").asInt()).isZero();
        assertThat(bad.status()).isEqualTo(400);
        JsonNode record = inRange.get("data").get(0);
        assertThat(record.get("status").asText()).isEqualTo("Sent");
        assertThat(record.get("status_code").asText()).isEqualTo("201");
        assertThat(record.get("message_parts").asText()).isEqualTo("1.00");
        assertThat(record.get("message_price").asText()).isEqualTo("0.0700");
        assertThat(record.get("schedule").asText()).isEmpty();
        assertThat(record.get("to_type").asText()).isEqualTo("mobile");
        assertThat(record.get("message_id").asText()).isEqualTo(SIM.acceptedMessages().get(0).messageId());
    }

    @Test
    void exportsACsvThatOnlyTheExporterCanDownload() {
        api.post("/voice/send", messages(call("+61411111111", "plain"), call("+61422222222", "with, comma and \\\"quote\\\"")));
        SIM.simulator().addAccount("other", "other-key");

        Reply export = api.get("/voice/history/export?filename=calls.csv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("response_msg").asText()).isEqualTo("Download your file here.");
        String url = export.data().get("url").asText();
        assertThat(url).matches("http://127\\.0\\.0\\.1:" + SIM.port()
                + "/files/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\?filename=calls\\.csv");

        Reply file = api.get(url);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("text/csv");
        assertThat(file.header("Content-Disposition")).contains("calls.csv");
        List<String> lines = file.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("message_id,");
        assertThat(lines.get(1)).startsWith(SIM.acceptedMessages().get(0).messageId() + ",");
        assertThat(lines.get(2)).contains("\"with, comma and \"\"quote\"\"\"");

        assertThat(api.as(null, null).get(url).status()).isEqualTo(401);
        assertThat(api.as("other", "other-key").get(url).status()).isEqualTo(401);
        assertThat(api.get(url.replaceAll("/files/[^?]+", "/files/00000000-0000-0000-0000-000000000000")).status())
                .isEqualTo(404);
    }

    @Test
    void oldestFirstByDefaultAsClickSendAndNewestFirstWithOrderBy() {
        SIM.simulator().clock().set(Instant.parse("2030-01-01T00:00:00Z")).freeze();
        api.post("/voice/send", messages(call("+61411111111", "first"), call("+61422222222", "second")));
        SIM.simulator().clock().advance(Duration.ofSeconds(10));
        api.post("/voice/send", messages(call("+61433333333", "third")));

        assertThat(bodies("/voice/history")).containsExactly("first", "second", "third");
        assertThat(bodies("/voice/history?order_by=date_added:asc")).containsExactly("first", "second", "third");
        assertThat(bodies("/voice/history?order_by=date_added:desc")).containsExactly("third", "second", "first");
        JsonNode page = api.get("/voice/history?order_by=date_added:desc&limit=15").data();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(api.get("/voice/history/export?filename=x.csv&order_by=date_added:desc").status()).isEqualTo(200);
        Reply bad = api.get("/voice/history?order_by=no_such_field:desc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("response_msg").asText()).contains("order_by");
        assertThat(api.get("/voice/history?order_by=to:sideways").status()).isEqualTo(400);
    }

    @Test
    void orderByAnyFieldOfTheRecord() {
        api.post("/voice/send", messages(call("+61433333333", "c"), call("+61411111111", "a"), call("+61422222222", "b")));

        assertThat(bodies("/voice/history?order_by=to:asc")).containsExactly("a", "b", "c");
        assertThat(bodies("/voice/history?order_by=TO:DESC")).containsExactly("c", "b", "a");
        assertThat(bodies("/voice/history?order_by=body:desc")).containsExactly("c", "b", "a");
    }

    /** ClickSend: "q=field:value,field2:value (case-insensitive)", with operator AND|OR between the pairs. */
    @Test
    void qSearchesFieldsIgnoringCaseWithAndOrOr() {
        api.post("/voice/send", messages(
                withCustomString(call("+61411111111", "one"), "Appt-1"),
                withCustomString(call("+61422222222", "two"), "appt-12"),
                withCustomString(call("+61433333333", "three"), "other-3")));

        assertThat(bodies("/voice/history?q=custom_string:appt-12")).containsExactly("two");
        assertThat(bodies("/voice/history?q=CUSTOM_STRING:APPT-1")).as("contains, ignoring case")
                .containsExactly("one", "two");
        assertThat(bodies("/voice/history?q=custom_string:appt,to:%2B61422222222")).as("AND by default")
                .containsExactly("two");
        assertThat(bodies("/voice/history?q=custom_string:appt,to:%2B61422222222&operator=AND")).containsExactly("two");
        assertThat(bodies("/voice/history?q=custom_string:other,to:%2B61411111111&operator=or"))
                .containsExactly("one", "three");
        assertThat(bodies("/voice/history?q=custom_string:nobody")).isEmpty();
        assertThat(bodies("/voice/history?q=custom_string:appt&order_by=date_added:desc&limit=15"))
                .containsExactly("two", "one");
        assertThat(api.get("/voice/history?q=custom_string:appt&page=1").data().get("next_page_url").isNull()).isTrue();

        Reply unknownField = api.get("/voice/history?q=colour:red");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("response_msg").asText()).contains("colour");
        assertThat(api.get("/voice/history?q=no-colon").status()).isEqualTo(400);
        assertThat(api.get("/voice/history?q=to:1&operator=XOR").status()).isEqualTo(400);
    }

    @Test
    void qPagesKeepTheSearch() {
        String[] many = IntStream.range(0, 40).mapToObj(i -> withCustomString(
                call("+6141111" + String.format("%04d", i + 1), "call " + i), i % 2 == 0 ? "even" : "odd"))
                .toArray(String[]::new);
        api.post("/voice/send", messages(many));

        JsonNode first = api.get("/voice/history?q=custom_string:even").data();
        assertThat(first.get("total").asInt()).isEqualTo(20);
        assertThat(first.get("last_page").asInt()).isEqualTo(2);
        JsonNode second = api.get(first.get("next_page_url").asText()).data();
        assertThat(second.get("data")).hasSize(5)
                .allSatisfy(r -> assertThat(r.get("custom_string").asText()).isEqualTo("even"));
    }

    private static String withCustomString(String call, String customString) {
        return call.substring(0, call.length() - 1) + ",\"custom_string\":\"" + customString + "\"}";
    }

    private List<String> bodies(String path) {
        List<String> bodies = new ArrayList<>();
        api.get(path).data().get("data").forEach(r -> bodies.add(r.get("body").asText()));
        return bodies;
    }

    @Test
    void exportNeedsAFilename() {
        Reply reply = api.get("/voice/history/export");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("response_code").asText()).isEqualTo("BAD_REQUEST");
    }
}
