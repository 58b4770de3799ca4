package io.github.camelclicksend.voice.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.camelclicksend.voice.client.JsonProblems;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * Flattens an exchange body into message items, each a {@link VoiceMessage}, a {@link Map} of fields, or a
 * {@link String} to speak. byte[] and InputStream are read as UTF-8 text; a text whose first non-blank character is
 * { or [ is JSON (an object, an array, or {"messages":[...]}).
 */
final class BodyReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String MESSAGES = "messages";

    private BodyReader() {
    }

    static List<Object> items(Object body) {
        List<Object> items = new ArrayList<>();
        add(items, body);
        return items;
    }

    private static void add(List<Object> items, Object value) {
        if (value instanceof VoiceMessage) {
            items.add(value);
        } else if (value instanceof CharSequence cs) {
            addText(items, cs.toString());
        } else if (value instanceof byte[] bytes) {
            addText(items, new String(bytes, StandardCharsets.UTF_8));
        } else if (value instanceof InputStream in) {
            addText(items, read(in));
        } else if (value instanceof Map<?, ?> map) {
            addMap(items, map);
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) {
                add(items, o);
            }
        } else if (value instanceof Object[] array) {
            for (Object o : array) {
                add(items, o);
            }
        } else if (value instanceof Iterable<?> it) {
            for (Object o : it) {
                add(items, o);
            }
        } else if (value instanceof Iterator<?> it) {
            while (it.hasNext()) {
                add(items, it.next());
            }
        } else if (value == null) {
            items.add(null);
        } else {
            throw new ClickSendVoiceValidationException("body", null, "a " + value.getClass().getName()
                                                                      + " cannot be read as voice messages");
        }
    }

    private static void addMap(List<Object> items, Map<?, ?> map) {
        if (map.size() != 1 || !map.containsKey(MESSAGES)) {
            items.add(map);
            return;
        }
        Object wrapped = map.get(MESSAGES);
        if (!(wrapped instanceof Collection<?> || wrapped instanceof Object[])) {
            throw new ClickSendVoiceValidationException("body", null, "\"messages\" must be an array of voice "
                                                                      + "messages, was " + kind(wrapped));
        }
        add(items, wrapped);
    }

    private static String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof CharSequence) {
            return "a string";
        }
        return value == null ? "null" : value instanceof Number ? "a number" : "a " + value.getClass().getSimpleName();
    }

    private static void addText(List<Object> items, String text) {
        if (!looksLikeJson(text)) {
            items.add(text);
            return;
        }
        Object parsed;
        try {
            parsed = JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new ClickSendVoiceValidationException("body", null,
                    "starts like JSON but does not parse (" + JsonProblems.describe(e) + ")");
        }
        if (parsed instanceof Map<?, ?> || parsed instanceof List<?>) {
            add(items, parsed);
        } else {
            throw new ClickSendVoiceValidationException("body", null, "JSON must be an object or an array");
        }
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClickSendVoiceValidationException("body", null, "the stream could not be read: " + e.getMessage());
        }
    }
}
