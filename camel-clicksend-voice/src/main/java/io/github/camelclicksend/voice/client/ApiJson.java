package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.camelclicksend.voice.model.VoiceMessage;

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
        ByteArrayBuilder out = new ByteArrayBuilder(Math.max(256, messages.size() * 160));
        try (JsonGenerator g = READER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("messages");
            for (VoiceMessage m : messages) {
                g.writeStartObject();
                writeIfSet(g, "to", m.getTo());
                if (m.getListId() != null) {
                    g.writeNumberField("list_id", m.getListId());
                }
                writeIfSet(g, "body", m.getBody());
                if (m.getVoice() != null) {
                    g.writeStringField("voice", m.getVoice().value());
                }
                writeIfSet(g, "lang", m.getLang());
                writeIfSet(g, "custom_string", m.getCustomString());
                writeIfSet(g, "country", m.getCountry());
                writeIfSet(g, "source", m.getSource());
                if (m.getSchedule() != null) {
                    g.writeNumberField("schedule", m.getSchedule());
                }
                if (Boolean.TRUE.equals(m.getRequireInput())) {
                    g.writeNumberField("require_input", 1);
                }
                if (Boolean.TRUE.equals(m.getMachineDetection())) {
                    g.writeNumberField("machine_detection", 1);
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

    static byte[] writeObject(Object value) {
        try {
            return READER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the request", e);
        }
    }

    private static void writeIfSet(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
