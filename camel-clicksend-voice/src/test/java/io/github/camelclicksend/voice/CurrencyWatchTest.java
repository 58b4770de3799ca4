package io.github.camelclicksend.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Watchers of an endpoint's statistics hear of each currency spent in: those so far, and each new one once. */
class CurrencyWatchTest extends SimulatorTestSupport {

    private static final String URI = "clicksend-voice:send?to=%2B61411111111";

    @Test
    void aWatcherHearsOfTheFirstSpendInACurrencyOnceAndALaterWatcherAtOnce() {
        ClickSendVoiceStatistics statistics = context.getEndpoint(URI, ClickSendVoiceEndpoint.class).getStatistics();
        List<String> early = new CopyOnWriteArrayList<>();
        statistics.watchCurrencies(early::add);

        template.sendBody(URI, "one");
        template.sendBody(URI, "two");

        assertThat(early).containsExactly("AUD");
        List<String> late = new CopyOnWriteArrayList<>();
        statistics.watchCurrencies(late::add);
        assertThat(late).containsExactly("AUD");
    }

    @Test
    void anUnwatchedWatcherHearsNothingMore() {
        ClickSendVoiceStatistics statistics = context.getEndpoint(URI, ClickSendVoiceEndpoint.class).getStatistics();
        List<String> heard = new CopyOnWriteArrayList<>();
        Consumer<String> watcher = heard::add;
        statistics.watchCurrencies(watcher);
        statistics.unwatchCurrencies(watcher);

        template.sendBody(URI, "one");

        assertThat(heard).isEmpty();
        assertThat(statistics.getTotalSpentByCurrency()).containsOnlyKeys("AUD");
    }
}
