package io.github.camelclicksend.voice.client;

import java.time.Instant;

/**
 * The API's envelope around a result.
 *
 * @param httpCode     the HTTP status
 * @param responseCode the API's response_code, e.g. SUCCESS
 * @param responseMsg  the API's response_msg
 * @param data         the typed payload, null where the API sends none
 * @param serverTime   the server's clock when it answered (its Date header), null when it sent none
 */
public record ApiResponse<T>(int httpCode, String responseCode, String responseMsg, T data, Instant serverTime) {

    public ApiResponse(int httpCode, String responseCode, String responseMsg, T data) {
        this(httpCode, responseCode, responseMsg, data, null);
    }
}
