package io.github.camelclicksend.voice.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The voice that speaks a message. Its text form is the API's lower-case value. */
public enum Voice {
    FEMALE,
    MALE;

    private final String value = name().toLowerCase(Locale.ROOT);

    /** The API's value: {@code female} or {@code male}. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Reads {@code female}/{@code male} in any case; returns null for anything else. */
    public static Voice parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (Voice v : values()) {
            if (v.value.equalsIgnoreCase(t)) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
