package io.github.camelclicksend.voice.producer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;

/**
 * The messages of one exchange cut into chunks, and what became of each chunk. Kept on the exchange so that a
 * redelivery neither sends an accepted chunk again nor, unless asked, one whose outcome is unknown.
 */
final class SendProgress {

    enum ChunkState {
        NOT_SENT,
        ACCEPTED,
        /** The API refused it or could not be reached: provably not processed. */
        NOT_PROCESSED,
        /** It went out and no usable answer came back, or the API answered a 5xx other than 503. */
        UNKNOWN
    }

    private final Object body;
    private final ClickSendVoiceEndpoint endpoint;
    private final List<VoiceMessage> messages;
    private final int chunkSize;
    private final ChunkState[] states;
    private final List<ChunkAnswer> answers;

    /**
     * What an accepted chunk came to: a row per call, in input order, and the answer's totals. With an
     * idempotentRepository, calls that an earlier attempt placed are rows built from ClickSend's history.
     */
    record ChunkAnswer(List<VoiceMessageResult> rows, BigDecimal totalPrice, int totalCount, int queuedCount,
                       String currency) {
    }

    SendProgress(Object body, ClickSendVoiceEndpoint endpoint, List<VoiceMessage> messages, int chunkSize) {
        this.body = body;
        this.endpoint = endpoint;
        this.messages = messages;
        this.chunkSize = chunkSize;
        int chunks = (messages.size() + chunkSize - 1) / chunkSize;
        this.states = new ChunkState[chunks];
        Arrays.fill(states, ChunkState.NOT_SENT);
        this.answers = new ArrayList<>(Collections.nCopies(chunks, null));
    }

    /** Whether this progress belongs to this body on this endpoint (a redelivery) rather than to earlier work. */
    boolean isFor(Object body, ClickSendVoiceEndpoint endpoint) {
        return this.body == body && this.endpoint == endpoint;
    }

    int chunks() {
        return states.length;
    }

    int start(int chunk) {
        return chunk * chunkSize;
    }

    int end(int chunk) {
        return Math.min(messages.size(), start(chunk) + chunkSize);
    }

    List<VoiceMessage> messages(int chunk) {
        return messages.subList(start(chunk), end(chunk));
    }

    /** The exchange indexes of the chunk's messages. */
    List<Integer> indexes(int chunk) {
        return IntStream.range(start(chunk), end(chunk)).boxed().toList();
    }

    ChunkState state(int chunk) {
        return states[chunk];
    }

    void accepted(int chunk, ChunkAnswer answer) {
        states[chunk] = ChunkState.ACCEPTED;
        answers.set(chunk, answer);
    }

    void failed(int chunk, ChunkState state) {
        states[chunk] = state;
    }

    /** The answer of an accepted chunk, else null. */
    ChunkAnswer answer(int chunk) {
        return answers.get(chunk);
    }

    /** The message indexes of every chunk in one of these states. */
    List<Integer> indexes(ChunkState... wanted) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < states.length; c++) {
            for (ChunkState w : wanted) {
                if (states[c] == w) {
                    IntStream.range(start(c), end(c)).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * Which messages were accepted, not sent, or have an unknown outcome, as a sentence: "Message 3 was ..." for one
     * message, "Messages 0-999 were ...; messages 1000-1999 ..." for ranges.
     */
    String describe() {
        StringBuilder sb = new StringBuilder();
        int c = 0;
        while (c < states.length) {
            int first = c;
            while (c + 1 < states.length && states[c + 1] == states[first]) {
                c++;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            int from = start(first);
            int to = end(c) - 1;
            boolean one = from == to;
            sb.append(one ? "message " + from : "messages " + from + "-" + to).append(' ')
                    .append(words(states[first], one));
            c++;
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1); // it starts a sentence
    }

    private static String words(ChunkState state, boolean one) {
        return switch (state) {
            case ACCEPTED -> one ? "was accepted" : "were accepted";
            case NOT_SENT -> one ? "was not sent" : "were not sent";
            case NOT_PROCESSED -> one ? "was not processed by ClickSend" : "were not processed by ClickSend";
            case UNKNOWN -> one ? "has an unknown outcome" : "have an unknown outcome";
        };
    }
}
