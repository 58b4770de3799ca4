package io.github.camelclicksend.voice.client;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * An HTTP answer: status, the headers the client reads, and either what the reader made of a 2xx body ({@code answer})
 * or the whole body of any other status ({@code body}, for its error).
 */
record HttpResult<T>(int status, String contentType, String retryAfter, String rateLimitReset, String date, byte[] body,
                     T answer) {

    boolean isJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The server's clock from the Date header, or null when it sent none (or one that does not parse). */
    Instant serverTime() {
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
