package io.github.camelclicksend.voice.simulator;

import java.time.Duration;
import java.util.Objects;

/** How often a push is tried (first attempt included) and how long to wait between attempts. */
record PushRetry(int attempts, Duration delay) {

    static final PushRetry DEFAULT = new PushRetry(3, Duration.ofMillis(200));

    PushRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1");
        }
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
    }
}
