package io.github.camelclicksend.voice.springboot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.apache.camel.Endpoint;
import org.apache.camel.support.LifecycleStrategySupport;

import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.ClickSendVoiceStatistics;

/**
 * Keeps a set of meters per clicksend-voice endpoint of a CamelContext in a meter registry: added with the endpoint,
 * removed with it. The meters read the endpoint's {@link ClickSendVoiceStatistics} when the registry publishes.
 * Their tag {@code endpoint} is the endpoint URI with its secrets masked; endpoints whose URIs differ only in a secret
 * share that tag, and their meters count them together.
 */
final class EndpointMeters extends LifecycleStrategySupport {

    static final String ENDPOINT_TAG = "endpoint";
    static final String CURRENCY_TAG = "currency";
    static final String SPENT = "clicksend.voice.spent";

    private static final List<Count> COUNTS = List.of(
            new Count("clicksend.voice.api.requests",
                    "HTTP requests made to the ClickSend API, by every operation (a retry after 429 counts again)",
                    ClickSendVoiceStatistics::getApiRequests),
            new Count("clicksend.voice.calls.sent", "Calls (messages) in send requests that went out",
                    ClickSendVoiceStatistics::getCallsSent),
            new Count("clicksend.voice.calls.accepted", "Calls (recipients) ClickSend accepted",
                    ClickSendVoiceStatistics::getCallsAccepted),
            new Count("clicksend.voice.calls.rejected",
                    "Calls (recipients) ClickSend rejected inside a successful answer",
                    ClickSendVoiceStatistics::getCallsRejected),
            new Count("clicksend.voice.calls.failed",
                    "Calls in send requests that failed: an API error, no connection, or no answer",
                    ClickSendVoiceStatistics::getCallsFailed),
            new Count("clicksend.voice.calls.outcome.unknown",
                    "Calls among the failed ones whose outcome is unknown: they may have been placed",
                    ClickSendVoiceStatistics::getCallsOutcomeUnknown),
            new Count("clicksend.voice.receipts.received", "Delivery receipts the consumer handed to its route",
                    ClickSendVoiceStatistics::getReceiptsReceived));

    private final MeterRegistry registry;
    private final Map<String, Group> groups = new HashMap<>();

    EndpointMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized void onEndpointAdd(Endpoint endpoint) {
        if (endpoint instanceof ClickSendVoiceEndpoint voice) {
            groups.computeIfAbsent(voice.getEndpointUri(), Group::new).add(voice);
        }
    }

    @Override
    public synchronized void onEndpointRemove(Endpoint endpoint) {
        if (endpoint instanceof ClickSendVoiceEndpoint voice) {
            Group group = groups.get(voice.getEndpointUri());
            if (group != null && group.removeAndCloseIfEmpty(voice)) {
                groups.remove(voice.getEndpointUri());
            }
        }
    }

    private record Count(String name, String description, ToDoubleFunction<ClickSendVoiceStatistics> value) {
    }

    /** The meters of the endpoints that share one tag. */
    private final class Group {

        private final Tags tags;
        private final List<ClickSendVoiceEndpoint> endpoints = new CopyOnWriteArrayList<>();
        private final List<Meter> meters = new ArrayList<>();
        private final Set<String> currencies = new HashSet<>();
        private final Consumer<String> currencyWatcher = this::currency;
        private boolean closed;

        Group(String endpointUri) {
            tags = Tags.of(ENDPOINT_TAG, endpointUri);
            for (Count count : COUNTS) {
                meters.add(FunctionCounter.builder(count.name(), this, group -> group.sum(count.value()))
                        .description(count.description()).tags(tags).register(registry));
            }
        }

        synchronized void add(ClickSendVoiceEndpoint endpoint) {
            if (!endpoints.contains(endpoint)) {
                endpoints.add(endpoint);
                endpoint.getStatistics().watchCurrencies(currencyWatcher);
            }
        }

        synchronized boolean removeAndCloseIfEmpty(ClickSendVoiceEndpoint endpoint) {
            endpoint.getStatistics().unwatchCurrencies(currencyWatcher);
            endpoints.remove(endpoint);
            closed = endpoints.isEmpty();
            if (closed) {
                meters.forEach(registry::remove);
            }
            return closed;
        }

        /** Called on the thread that first spends in a currency: adds the meter of what is spent in it. */
        private synchronized void currency(String code) {
            if (!closed && currencies.add(code)) {
                meters.add(FunctionCounter.builder(SPENT, this, group -> group.spent(code))
                        .description("The total price of the calls ClickSend accepted, in the currency of the tag")
                        .tags(tags.and(CURRENCY_TAG, code)).register(registry));
            }
        }

        /** Read by the registry, without a lock: the endpoints list is copied on write. */
        private double sum(ToDoubleFunction<ClickSendVoiceStatistics> value) {
            return endpoints.stream().mapToDouble(endpoint -> value.applyAsDouble(endpoint.getStatistics())).sum();
        }

        private double spent(String currency) {
            return sum(statistics -> statistics.getTotalSpentByCurrency().getOrDefault(currency, BigDecimal.ZERO)
                    .doubleValue());
        }
    }
}
