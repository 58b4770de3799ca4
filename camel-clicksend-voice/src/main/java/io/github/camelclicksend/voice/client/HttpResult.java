package io.github.camelclicksend.voice.client;

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
}
