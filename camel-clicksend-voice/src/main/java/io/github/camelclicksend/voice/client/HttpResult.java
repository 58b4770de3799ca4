package io.github.camelclicksend.voice.client;

/** A raw HTTP answer: status, the headers the client reads, and the body. */
record HttpResult(int status, String contentType, String retryAfter, String rateLimitReset, byte[] body) {

    boolean isJson() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }
}
