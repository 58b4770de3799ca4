package io.github.camelclicksend.voice.client;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The API's envelope around a result.
 *
 * @param httpCode     the HTTP status
 * @param responseCode the API's response_code, e.g. SUCCESS
 * @param responseMsg  the API's response_msg
 * @param data         the typed payload, null where the API sends none
 * @param dateHeader   the answer's Date header as sent, null when it sent none
 */
public record ApiResponse<T>(int httpCode, String responseCode, String responseMsg, T data, String dateHeader) {

    public ApiResponse(int httpCode, String responseCode, String responseMsg, T data) {
        this(httpCode, responseCode, responseMsg, data, null);
    }

    /**
     * The server's clock when it answered, from the Date header; null when it sent none or one that does not parse.
     * Parsed when asked (a microsecond), since only polling needs it.
     */
    public Instant serverTime() {
        if (dateHeader == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(dateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
