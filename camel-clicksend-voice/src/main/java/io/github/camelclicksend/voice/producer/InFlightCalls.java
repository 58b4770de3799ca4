package io.github.camelclicksend.voice.producer;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The custom_strings of calls whose send request went out without a usable answer, until that request can no longer
 * be in flight (responseTimeout after it went out). Until then ClickSend's history cannot tell whether it placed them,
 * so no attempt in this process looks them up or sends them. One per component, for every endpoint's repository.
 */
public final class InFlightCalls {

    private final Map<String, Long> deadlines = new ConcurrentHashMap<>();

    /** The request of these keys went out at {@code sentNanos} (System.nanoTime) and its outcome is unknown. */
    void unknown(Collection<String> keys, long sentNanos, long responseTimeoutMillis) {
        long deadline = sentNanos + responseTimeoutMillis * 1_000_000L;
        long now = System.nanoTime();
        deadlines.values().removeIf(d -> d - now <= 0);
        keys.forEach(k -> deadlines.merge(k, deadline, (a, b) -> b - a > 0 ? b : a));
    }

    /** True when a request of one of these keys may still be on its way to ClickSend. */
    boolean anyInFlight(Collection<String> keys) {
        long now = System.nanoTime();
        for (String key : keys) {
            Long deadline = deadlines.get(key);
            if (deadline != null) {
                if (deadline - now > 0) {
                    return true;
                }
                deadlines.remove(key, deadline);
            }
        }
        return false;
    }
}
