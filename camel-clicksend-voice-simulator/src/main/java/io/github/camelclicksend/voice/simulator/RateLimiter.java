package io.github.camelclicksend.voice.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counter per account, reported in the headers ClickSend sends on every answer:
 * {@code x-ratelimit-limit}, {@code x-ratelimit-remaining}, {@code ratelimit-reset} (seconds until the
 * window resets). Only when {@code enforce} is set does an exhausted window answer 429.
 */
final class RateLimiter {

    static final int DEFAULT_LIMIT = 6000;
    static final long WINDOW_MILLIS = 60_000;

    /** The state of one account's window after counting a request. */
    static final class Decision {
        final int limit;
        final int remaining;
        final long resetSeconds;
        final boolean exceeded;

        Decision(int limit, int remaining, long resetSeconds, boolean exceeded) {
            this.limit = limit;
            this.remaining = remaining;
            this.resetSeconds = resetSeconds;
            this.exceeded = exceeded;
        }

        HttpResponse applyTo(HttpResponse response) {
            response.header("x-ratelimit-limit", Integer.toString(limit));
            response.header("x-ratelimit-remaining", Integer.toString(remaining));
            response.header("ratelimit-reset", Long.toString(resetSeconds));
            return response;
        }
    }

    private static final class Window {
        long start;
        int used;
    }

    private final int limit;
    private final boolean enforce;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(int limit, boolean enforce) {
        this.limit = limit;
        this.enforce = enforce;
    }

    /** Counts one request of {@code key} (a user name, or "" for unauthenticated requests). */
    Decision count(String key) {
        Window window = windows.computeIfAbsent(key, k -> new Window());
        synchronized (window) {
            long now = System.currentTimeMillis();
            if (now - window.start >= WINDOW_MILLIS) {
                window.start = now;
                window.used = 0;
            }
            window.used++;
            long reset = Math.max(1, (window.start + WINDOW_MILLIS - now + 999) / 1000);
            boolean exceeded = enforce && window.used > limit;
            return new Decision(limit, Math.max(0, limit - window.used), reset, exceeded);
        }
    }

    void reset() {
        windows.clear();
    }

    int limit() {
        return limit;
    }

    /** Whether a used-up window answers 429 (only with {@code rateLimit(n)}). */
    boolean enforced() {
        return enforce;
    }
}
