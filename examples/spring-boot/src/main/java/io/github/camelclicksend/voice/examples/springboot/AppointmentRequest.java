package io.github.camelclicksend.voice.examples.springboot;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The body of {@code POST /appointments}, e.g. {@code {"id":"appt-42","to":"+61411111111","description":"your
 * dental check-up on Monday at 9"}}, checked before anything is stored or sent. The phone number's form is checked
 * by the component when the call is placed.
 */
record AppointmentRequest(String id, String to, String description) {

    /** Letters, digits, '.', '_' and '-': the id travels in URLs and as the call's custom_string (50 at most). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final ObjectMapper JSON = new ObjectMapper();

    static AppointmentRequest read(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw new RequestException(400, null, "The body must be a JSON object with id, to and description, "
                                                  + "e.g. {\"id\":\"appt-42\",\"to\":\"+61411111111\",\"description\":"
                                                  + "\"your dental check-up on Monday at 9\"}");
        }
        String id = text(json, "id");
        if (!ID.matcher(id).matches()) {
            throw new RequestException(400, "id", "id must be 1 to 50 letters, digits, '.', '_' or '-'");
        }
        return new AppointmentRequest(id, text(json, "to"), text(json, "description"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            throw new RequestException(400, field, field + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new RequestException(400, field, field + " must be a non-blank string");
        }
        return value.asText();
    }
}
