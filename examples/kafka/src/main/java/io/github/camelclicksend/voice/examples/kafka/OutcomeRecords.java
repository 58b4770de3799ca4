package io.github.camelclicksend.voice.examples.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelclicksend.voice.model.VoiceMessageResult;

/** The JSON of the records the route writes. */
final class OutcomeRecords {

    /** The reasons of a dead letter. */
    enum Reason {
        /** Failed validation: nothing was sent. */
        INVALID,
        /** ClickSend answered but did not accept the call (the detail is its status): no call. */
        REJECTED,
        /** ClickSend refused the request (a 4xx other than 401, 403, 429): no call. */
        API_ERROR
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomeRecords() {
    }

    static String result(String id, VoiceMessageResult call, String currency) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", id)
                .put("messageId", call.getMessageId())
                .put("to", call.getTo())
                .put("status", call.getStatus())
                .put("price", call.getPrice() == null ? null : call.getPrice().toPlainString())
                .put("currency", currency);
        if (call.getListId() != null) {
            node.put("listId", call.getListId());
        }
        return write(node);
    }

    static String deadLetter(String id, Reason reason, String detail, String request) {
        return write(JSON.createObjectNode()
                .put("id", id)
                .put("reason", reason.name())
                .put("detail", detail)
                .put("request", request));
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
