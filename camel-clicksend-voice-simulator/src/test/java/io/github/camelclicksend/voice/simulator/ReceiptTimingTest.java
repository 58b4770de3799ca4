package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a polling consumer's tests need: both readings of date_before, a receipt arriving mid-poll, volume. */
class ReceiptTimingTest {

    private static final Instant T = Instant.ofEpochSecond(1_900_000_000L);

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    private Api api;

    @BeforeEach
    void clientAndPollRule() {
        api = new Api(SIM.simulator());
        SIM.simulator().addPollRule(); // ClickSend keeps receipts for polling only while a POLL rule exists
    }

    private List<String> unreadIds() {
        List<String> ids = new ArrayList<>();
        api.get("/voice/receipts?limit=100").data().get("data").forEach(r -> ids.add(r.get("message_id").asText()));
        return ids;
    }

    private SimulatedReceipt at(Instant timestamp) {
        return SIM.simulator().addReceipt(SimulatedReceipt.builder().timestamp(timestamp));
    }

    @Test
    void strictlyBeforeIsTheDefaultReading() {
        SimulatedReceipt before = at(T.minusSeconds(1));
        SimulatedReceipt same = at(T);

        api.put("/voice/receipts-read", "{\"date_before\":" + T.getEpochSecond() + "}");

        assertThat(before.isRead()).isTrue();
        assertThat(same.isRead()).isFalse();
        assertThat(unreadIds()).containsExactly(same.messageId());
    }

    @Test
    void upToReadingMarksTheSameSecondToo() {
        SIM.simulator().dateBeforeReading(DateBeforeReading.UP_TO);
        SimulatedReceipt same = at(T);
        SimulatedReceipt after = at(T.plusSeconds(1));

        api.put("/voice/receipts-read", "{\"date_before\":" + T.getEpochSecond() + "}");

        assertThat(same.isRead()).isTrue();
        assertThat(unreadIds()).containsExactly(after.messageId());
        SIM.simulator().reset();
        SIM.simulator().addPollRule(); // reset() removed it
        assertThat(at(T).isRead()).isFalse();
        api.put("/voice/receipts-read", "{\"date_before\":" + T.getEpochSecond() + "}");
        assertThat(unreadIds()).hasSize(1); // back to STRICTLY_BEFORE after reset
    }

    @Test
    void aReceiptAddedWhileAPollIsUnderWayShowsOnTheNextPage() {
        for (int i = 0; i < 20; i++) {
            at(T);
        }
        List<SimulatedReceipt> lateOnes = new ArrayList<>();
        SIM.simulator().onReceiptsPage((username, page, receipts) -> {
            if (page == 1) {
                assertThat(username).isEqualTo(SIM.username());
                assertThat(receipts).hasSize(15);
                lateOnes.add(at(T)); // same second as the newest receipt already handed out
            }
        });

        JsonNode page1 = api.get("/voice/receipts").data();
        JsonNode page2 = api.get("/voice/receipts?page=2").data();

        assertThat(page1.get("total").asInt()).isEqualTo(20);
        assertThat(page2.get("total").asInt()).isEqualTo(21);
        assertThat(page2.get("data")).hasSize(6);
        assertThat(page2.get("data").get(5).get("message_id").asText()).isEqualTo(lateOnes.get(0).messageId());
        SIM.simulator().onReceiptsPage(null);
        api.get("/voice/receipts");
        assertThat(lateOnes).hasSize(1);
    }

    @Test
    void receiptsAreListedByTimestampWhateverOrderTheyArrive() {
        SimulatedReceipt third = at(T.plusSeconds(2));
        SimulatedReceipt first = at(T);
        SimulatedReceipt second = at(T.plusSeconds(1));
        SimulatedReceipt alsoFirst = at(T);

        assertThat(unreadIds()).containsExactly(first.messageId(), alsoFirst.messageId(), second.messageId(),
                third.messageId());
    }

    @Test
    void bulkAddsManyUnreadReceiptsCheaply() {
        List<SimulatedReceipt> added = SIM.simulator().addReceipts(10_000,
                SimulatedReceipt.builder().timestamp(T).customString("bulk"));

        assertThat(added).hasSize(10_000);
        assertThat(added.stream().map(SimulatedReceipt::messageId).distinct().count()).isEqualTo(10_000);
        JsonNode last = api.get("/voice/receipts?limit=100&page=100").data();
        assertThat(last.get("total").asInt()).isEqualTo(10_000);
        assertThat(last.get("data")).hasSize(100);
        assertThat(last.get("data").get(99).get("message_id").asText()).isEqualTo(added.get(9_999).messageId());
        assertThat(last.get("data").get(0).get("custom_string").asText()).isEqualTo("bulk");
        api.put("/voice/receipts-read", "{\"date_before\":" + (T.getEpochSecond() + 1) + "}");
        assertThat(unreadIds()).isEmpty();
        assertThatThrownBy(() -> SIM.simulator().addReceipts(2, SimulatedReceipt.builder().messageId("X")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentAddsWhilePagesAreReadLoseNothing() throws Exception {
        int writers = 4;
        int perWriter = 2_000;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> adds = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                adds.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        at(T.plusSeconds(i % 3));
                    }
                }));
            }
            Future<Integer> reads = pool.submit(() -> {
                int pages = 0;
                while (writing.get()) {
                    JsonNode page = api.get("/voice/receipts?limit=100&page=" + (1 + pages % 5)).data();
                    assertThat(page.get("data").size()).isLessThanOrEqualTo(100);
                    pages++;
                }
                return pages;
            });
            for (Future<?> add : adds) {
                add.get();
            }
            writing.set(false);
            assertThat(reads.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }

        Set<String> seen = new HashSet<>();
        int pages = (writers * perWriter + 99) / 100;
        for (int page = 1; page <= pages; page++) {
            api.get("/voice/receipts?limit=100&page=" + page).data().get("data")
                    .forEach(r -> seen.add(r.get("message_id").asText()));
        }
        assertThat(seen).hasSize(writers * perWriter);
        assertThat(SIM.receipts()).hasSize(writers * perWriter);
    }
}
