package io.github.camelclicksend.voice.examples.kafka;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * Reads a request: one ClickSend voice message as JSON (API field names), whose {@code custom_string} is the request
 * id. Each request is validated alone, with the component's own validation, because an invalid message fails the
 * whole exchange it is in: one bad request must not hold up the 999 others of its batch.
 */
final class CallRequestReader {

    static final String ID_FIELD = "custom_string";

    private final ObjectMapper json = new ObjectMapper();
    private final VoiceMessageMapper mapper = new VoiceMessageMapper();
    private final ClickSendVoiceConfiguration defaults;

    CallRequestReader(ClickSendVoiceConfiguration defaults) {
        this.defaults = defaults;
    }

    CallRequest read(String text) {
        Map<?, ?> fields;
        try {
            Object parsed = text == null ? null : json.readValue(text, Object.class);
            if (!(parsed instanceof Map<?, ?> map)) {
                return new CallRequest(null, text, null, "not a JSON object");
            }
            fields = map;
        } catch (JsonProcessingException e) {
            return new CallRequest(null, text, null, "not JSON: " + e.getOriginalMessage());
        }
        Object id = fields.get(ID_FIELD);
        if (!(id instanceof String s) || s.isBlank()) {
            return new CallRequest(null, text, null, ID_FIELD + " (the request id) is missing");
        }
        try {
            List<VoiceMessage> messages = mapper.map(fields, Map.of(), defaults);
            return new CallRequest(s, text, messages.get(0), null);
        } catch (ClickSendVoiceValidationException e) {
            return new CallRequest(s, text, null, e.getMessage());
        }
    }
}
