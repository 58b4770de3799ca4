package io.github.camelclicksend.voice.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** How long a 429 asks to wait: Retry-After (seconds or an HTTP date), else ratelimit-reset, else one second. */
final class RetryAfter {

    private static final long DEFAULT_MILLIS = 1000;

    private RetryAfter() {
    }

    static long millis(HttpResult<?> result, Duration max) {
        Long millis = parse(result.retryAfter());
        if (millis == null) {
            millis = parse(result.rateLimitReset());
        }
        long wait = millis == null ? DEFAULT_MILLIS : millis;
        return Math.max(0, Math.min(wait, max.toMillis()));
    }

    private static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Math.round(Double.parseDouble(v) * 1000);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis();
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }
}
