package io.github.camelclicksend.voice.client;

/**
 * The API's envelope around a result.
 *
 * @param httpCode     the HTTP status
 * @param responseCode the API's response_code, e.g. SUCCESS
 * @param responseMsg  the API's response_msg
 * @param data         the typed payload, null where the API sends none
 */
public record ApiResponse<T>(int httpCode, String responseCode, String responseMsg, T data) {
}
