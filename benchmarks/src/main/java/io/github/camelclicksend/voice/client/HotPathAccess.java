package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;

import io.github.camelclicksend.voice.model.VoiceMessage;

/** Lets the benchmarks call the client's JSON writer and reader on their own, without HTTP. */
public final class HotPathAccess {

    private static final JavaType SEND = ApiJson.envelopeOf(SendResponse.class);

    private HotPathAccess() {
    }

    /** The request body the client posts to /voice/send. */
    public static byte[] writeMessages(List<VoiceMessage> messages) {
        return ApiJson.writeMessages(messages);
    }

    /** The data of a /voice/send answer, read as the client reads it. */
    public static SendResponse readSendResponse(byte[] answer) throws IOException {
        return SendAnswerReader.read(answer).data;
    }

    /** The same, read by the client's data binding, as it read send answers before streaming them. */
    public static SendResponse readSendResponseByDataBinding(byte[] answer) throws IOException {
        ApiEnvelope<SendResponse> envelope = ApiJson.READER.readValue(answer, SEND);
        return envelope.data;
    }
}
