package io.github.camelclicksend.voice.springboot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.support.LifecycleStrategySupport;

import io.github.camelclicksend.voice.ClickSendVoiceCounter;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.ClickSendVoiceOperation;
import io.github.camelclicksend.voice.ClickSendVoiceStatistics;

/**
 * One set of meters per operation of the clicksend-voice endpoints of a CamelContext, tagged with the operation
 * only: endpoint URIs carry phone numbers and are as many as the numbers. Each endpoint also counts in its
 * operation's total, which the meters read. The meters live while an endpoint of their operation does: they go with
 * the last one that Camel removes, or that its endpoint cache evicted (which Camel does without telling; the
 * evicted endpoints are found when endpoints are added).
 */
final class EndpointMeters extends LifecycleStrategySupport {

    static final String OPERATION_TAG = "operation";
    static final String CURRENCY_TAG = "currency";
    static final String SPENT = "clicksend.voice.spent";
    /** How many endpoints more than Camel holds may be counted before the evicted ones are looked for. */
    private static final int EVICTED_ALLOWED = 64;

    private final MeterRegistry registry;
    private final CamelContext camelContext;
    private final Map<ClickSendVoiceOperation, Group> groups = new EnumMap<>(ClickSendVoiceOperation.class);

    EndpointMeters(MeterRegistry registry, CamelContext camelContext) {
        this.registry = registry;
        this.camelContext = camelContext;
    }

    @Override
    public synchronized void onEndpointAdd(Endpoint endpoint) {
        if (endpoint instanceof ClickSendVoiceEndpoint voice) {
            if (endpointsCounted() > camelContext.getEndpointRegistry().size() + EVICTED_ALLOWED) {
                removeEvicted();
            }
            groups.computeIfAbsent(voice.getOperation(), Group::new).add(voice);
        }
    }

    @Override
    public synchronized void onEndpointRemove(Endpoint endpoint) {
        if (endpoint instanceof ClickSendVoiceEndpoint voice) {
            leave(voice);
        }
    }

    /** The endpoints counted: at most those Camel holds and {@link #EVICTED_ALLOWED} more. */
    synchronized int endpointsCounted() {
        return groups.values().stream().mapToInt(group -> group.endpoints.size()).sum();
    }

    /** Endpoints the cache evicted: looked for at most once per {@link #EVICTED_ALLOWED} endpoints added. */
    private void removeEvicted() {
        Set<Endpoint> live = Collections.newSetFromMap(new IdentityHashMap<>());
        live.addAll(camelContext.getEndpoints());
        List<ClickSendVoiceEndpoint> evicted = new ArrayList<>();
        groups.values().forEach(group -> group.endpoints.stream().filter(e -> !live.contains(e)).forEach(evicted::add));
        evicted.forEach(this::leave);
    }

    private void leave(ClickSendVoiceEndpoint endpoint) {
        Group group = groups.get(endpoint.getOperation());
        if (group != null && group.removeAndCloseIfEmpty(endpoint)) {
            groups.remove(endpoint.getOperation());
        }
    }

    /** The meters of one operation, reading the total its endpoints count in. */
    private final class Group {

        private final Tags tags;
        private final ClickSendVoiceStatistics total = new ClickSendVoiceStatistics();
        private final Set<ClickSendVoiceEndpoint> endpoints = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<Meter> meters = new ArrayList<>();
        private final Set<String> currencies = new HashSet<>();
        private boolean closed;

        Group(ClickSendVoiceOperation operation) {
            tags = Tags.of(OPERATION_TAG, operation.name());
            for (ClickSendVoiceCounter counter : ClickSendVoiceCounter.values()) {
                meters.add(FunctionCounter.builder(counter.meterName(), total, t -> t.get(counter))
                        .description(counter.description()).tags(tags).register(registry));
            }
            total.watchCurrencies(this::currency);
        }

        void add(ClickSendVoiceEndpoint endpoint) {
            if (endpoints.add(endpoint)) {
                endpoint.getStatistics().alsoCountIn(total);
            }
        }

        boolean removeAndCloseIfEmpty(ClickSendVoiceEndpoint endpoint) {
            endpoints.remove(endpoint);
            synchronized (this) {
                closed = endpoints.isEmpty();
                if (closed) {
                    meters.forEach(registry::remove);
                }
            }
            return closed;
        }

        /** Called on the thread that first spends in a currency: adds the meter of what is spent in it. */
        private synchronized void currency(String code) {
            if (!closed && currencies.add(code)) {
                meters.add(FunctionCounter.builder(SPENT, total, t -> t.getTotalSpentByCurrency()
                        .getOrDefault(code, BigDecimal.ZERO).doubleValue())
                        .description("The total price of the calls ClickSend accepted, in the currency of the tag")
                        .tags(tags.and(CURRENCY_TAG, code)).register(registry));
            }
        }
    }
}
