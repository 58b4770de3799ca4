package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The API's JSON: a lenient reader (snake_case, unknown fields ignored, numbers as strings and blank strings as
 * null) and a streaming writer of send/price requests.
 */
final class ApiJson {

    static final ObjectMapper READER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    static {
        READER.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull)
                .setAcceptBlankAsEmpty(true);
    }

    /** Writes messages as the API takes them: snake_case, unset fields left out, booleans as 1 and only when true. */
    private static final ObjectMapper WRITER = READER.copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(VoiceMessage.class, ApiMessage.class);

    @SuppressWarnings("unused") // a mix-in: its fields annotate VoiceMessage's
    private abstract static class ApiMessage {
        @JsonFormat(shape = JsonFormat.Shape.NUMBER)
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        private Boolean requireInput;
        @JsonFormat(shape = JsonFormat.Shape.NUMBER)
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        private Boolean machineDetection;
    }

    // field names encoded once, as Jackson's data binding does
    private static final SerializedString MESSAGES = new SerializedString("messages");
    private static final SerializedString TO = new SerializedString("to");
    private static final SerializedString LIST_ID = new SerializedString("list_id");
    private static final SerializedString BODY = new SerializedString("body");
    private static final SerializedString VOICE = new SerializedString("voice");
    private static final SerializedString LANG = new SerializedString("lang");
    private static final SerializedString CUSTOM_STRING = new SerializedString("custom_string");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString SCHEDULE = new SerializedString("schedule");
    private static final SerializedString REQUIRE_INPUT = new SerializedString("require_input");
    private static final SerializedString MACHINE_DETECTION = new SerializedString("machine_detection");

    private ApiJson() {
    }

    static JavaType envelopeOf(JavaType data) {
        return TypeFactory.defaultInstance().constructParametricType(ApiEnvelope.class, data);
    }

    static JavaType envelopeOf(Class<?> data) {
        return envelopeOf(TypeFactory.defaultInstance().constructType(data));
    }

    static JavaType pageEnvelopeOf(Class<?> item) {
        TypeFactory tf = TypeFactory.defaultInstance();
        return envelopeOf(tf.constructParametricType(ApiPage.class, item));
    }

    static JavaType listEnvelopeOf(Class<?> item) {
        TypeFactory tf = TypeFactory.defaultInstance();
        return envelopeOf(tf.constructCollectionType(List.class, item));
    }

    /** {@code {"messages":[...]}} with the API's field names; booleans as 1, unset fields left out. */
    static byte[] writeMessages(List<VoiceMessage> messages) {
        ByteArrayBuilder out = new ByteArrayBuilder(estimatedSize(messages));
        try (JsonGenerator g = READER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName(MESSAGES);
            g.writeStartArray();
            for (VoiceMessage m : messages) {
                g.writeStartObject();
                writeIfSet(g, TO, m.getTo());
                if (m.getListId() != null) {
                    g.writeFieldName(LIST_ID);
                    g.writeNumber(m.getListId());
                }
                writeIfSet(g, BODY, m.getBody());
                writeIfSet(g, VOICE, m.getVoice() == null ? null : m.getVoice().value());
                writeIfSet(g, LANG, m.getLang());
                writeIfSet(g, CUSTOM_STRING, m.getCustomString());
                writeIfSet(g, COUNTRY, m.getCountry());
                writeIfSet(g, SOURCE, m.getSource());
                if (m.getSchedule() != null) {
                    g.writeFieldName(SCHEDULE);
                    g.writeNumber(m.getSchedule());
                }
                if (Boolean.TRUE.equals(m.getRequireInput())) {
                    g.writeFieldName(REQUIRE_INPUT);
                    g.writeNumber(1);
                }
                if (Boolean.TRUE.equals(m.getMachineDetection())) {
                    g.writeFieldName(MACHINE_DETECTION);
                    g.writeNumber(1);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the request", e);
        }
        return out.toByteArray();
    }

    /** {@code {"messages":[...]}} by Jackson's data binding of VoiceMessage: the same bytes as {@link #writeMessages}. */
    static byte[] bindMessages(List<VoiceMessage> messages) {
        try {
            return WRITER.writeValueAsBytes(Map.of("messages", messages));
        } catch (IOException e) {
            throw new IllegalStateException("could not write the request", e);
        }
    }

    /** Room for the usual fields and the text, so the buffer rarely has to grow. */
    private static int estimatedSize(List<VoiceMessage> messages) {
        int size = 32;
        for (VoiceMessage m : messages) {
            size += 128 + (m.getBody() == null ? 0 : m.getBody().length());
        }
        return size;
    }

    static byte[] writeObject(Object value) {
        try {
            return READER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the request", e);
        }
    }

    /** A rule as the API takes it: snake_case names, enabled as 1 or 0, the id left out (it is in the path). */
    static byte[] writeRule(VoiceReceiptRule rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("rule_name", rule.getRuleName());
        fields.put("match_type", rule.getMatchType() == null ? VoiceReceiptRule.MATCH_ALL : rule.getMatchType());
        fields.put("action", rule.getAction());
        fields.put("action_address", rule.getActionAddress());
        fields.put("enabled", rule.isEnabled() ? 1 : 0);
        fields.values().removeIf(Objects::isNull);
        return writeObject(fields);
    }

    private static void writeIfSet(JsonGenerator g, SerializedString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }
}
