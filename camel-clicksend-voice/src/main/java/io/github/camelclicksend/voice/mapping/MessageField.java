package io.github.camelclicksend.voice.mapping;

import java.util.HashMap;
import java.util.Map;

/** The fields of a voice message, by their option name (camelCase) and their API name (snake_case). */
public enum MessageField {
    TO("to", "to"),
    LIST_ID("listId", "list_id"),
    BODY("body", "body"),
    VOICE("voice", "voice"),
    LANG("lang", "lang"),
    CUSTOM_STRING("customString", "custom_string"),
    COUNTRY("country", "country"),
    SOURCE("source", "source"),
    SCHEDULE("schedule", "schedule"),
    REQUIRE_INPUT("requireInput", "require_input"),
    MACHINE_DETECTION("machineDetection", "machine_detection");

    private static final Map<String, MessageField> BY_KEY = new HashMap<>();

    static {
        for (MessageField f : values()) {
            BY_KEY.put(f.option, f);
            BY_KEY.put(f.api, f);
        }
    }

    private final String option;
    private final String api;

    MessageField(String option, String api) {
        this.option = option;
        this.api = api;
    }

    /** The camelCase name used in options and errors. */
    public String option() {
        return option;
    }

    public String api() {
        return api;
    }

    /** The field a map or JSON key names (snake_case or camelCase), or null. */
    static MessageField ofKey(String key) {
        return BY_KEY.get(key);
    }
}
