package io.github.camelclicksend.voice.examples.vertx;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.camel.util.ObjectHelper;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

/**
 * The 400 answer to a booking the service cannot take, bound as {@code badRequest} for the YAML routes: what is wrong
 * with it, as JSON fields. Nothing was booked nor called.
 */
public class BadRequest {

    static final String EXPECTED = "{\"id\":\"appt-42\",\"to\":\"+61411111111\",\"description\":\"...\"}";

    public Map<String, Object> answer(Exception problem) {
        Map<String, Object> answer = new LinkedHashMap<>();
        ClickSendVoiceValidationException invalid = ObjectHelper.getException(ClickSendVoiceValidationException.class,
                problem);
        if (invalid != null) {
            answer.put("field", invalid.getField());
            answer.put("message", invalid.getMessage());
        } else if (ObjectHelper.getException(JsonProcessingException.class, problem) != null) {
            answer.put("message", "The body must be a JSON object such as " + EXPECTED);
        } else {
            answer.put("message", problem.getMessage());
        }
        return answer;
    }
}
