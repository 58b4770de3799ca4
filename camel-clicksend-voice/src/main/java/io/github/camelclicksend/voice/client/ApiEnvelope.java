package io.github.camelclicksend.voice.client;

/** The JSON shape of every API answer, as read from the wire. */
final class ApiEnvelope<T> {
    Integer httpCode;
    String responseCode;
    String responseMsg;
    T data;
}
