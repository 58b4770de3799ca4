package io.github.camelclicksend.voice;

import java.util.Collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;
import org.apache.camel.spi.TypeConverterRegistry;

import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceLanguage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceReceipt;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/** Every result of the component converts to JSON text, e.g. with {@code convertBodyTo(String.class)}. */
@Converter(generateLoader = true)
public final class ClickSendVoiceConverters {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final String MODEL_PACKAGE = VoiceSendResult.class.getPackageName();

    private ClickSendVoiceConverters() {
    }

    @Converter
    public static String toString(VoiceSendResult value) {
        return json(value);
    }

    @Converter
    public static String toString(VoiceMessageResult value) {
        return json(value);
    }

    @Converter
    public static String toString(Page<?> value) {
        return json(value);
    }

    @Converter
    public static String toString(VoiceReceipt value) {
        return json(value);
    }

    @Converter
    public static String toString(VoiceHistoryRecord value) {
        return json(value);
    }

    @Converter
    public static String toString(VoiceLanguage value) {
        return json(value);
    }

    @Converter
    public static String toString(VoiceReceiptRule value) {
        return json(value);
    }

    /** Lists of results (e.g. the languages) as JSON arrays. */
    @Converter(fallback = true)
    public static Object convertTo(Class<?> type, Exchange exchange, Object value, TypeConverterRegistry registry) {
        if (type == String.class && value instanceof Collection<?> c && !c.isEmpty() && c.stream()
                .allMatch(o -> o != null && o.getClass().getPackageName().equals(MODEL_PACKAGE))) {
            return json(value);
        }
        return null;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new TypeConversionException(value, String.class, e);
        }
    }
}
