package io.github.camelclicksend.voice.mapping;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceConstants;

/**
 * The values a message takes for the fields it leaves unset: the exchange's header, else the endpoint's option.
 * Each value is converted on first use, so a bad header is reported against the first message that needs it.
 */
final class MessageDefaults {

    private final Map<MessageField, Object> raw = new EnumMap<>(MessageField.class);
    private final Map<MessageField, Object> converted = new EnumMap<>(MessageField.class);

    MessageDefaults(ClickSendVoiceConfiguration c, Map<String, Object> headers) {
        set(MessageField.TO, headers.get(ClickSendVoiceConstants.TO), c.getTo());
        set(MessageField.LIST_ID, headers.get(ClickSendVoiceConstants.LIST_ID), c.getListId());
        set(MessageField.VOICE, headers.get(ClickSendVoiceConstants.VOICE), c.getVoice());
        set(MessageField.LANG, headers.get(ClickSendVoiceConstants.LANG), c.getLang());
        set(MessageField.CUSTOM_STRING, headers.get(ClickSendVoiceConstants.CUSTOM_STRING), c.getCustomString());
        set(MessageField.COUNTRY, headers.get(ClickSendVoiceConstants.COUNTRY), c.getCountry());
        set(MessageField.SOURCE, headers.get(ClickSendVoiceConstants.SOURCE), c.getSource());
        set(MessageField.SCHEDULE, headers.get(ClickSendVoiceConstants.SCHEDULE), c.getSchedule());
        set(MessageField.REQUIRE_INPUT, headers.get(ClickSendVoiceConstants.REQUIRE_INPUT), c.isRequireInput());
        set(MessageField.MACHINE_DETECTION, headers.get(ClickSendVoiceConstants.MACHINE_DETECTION),
                c.isMachineDetection());
    }

    private void set(MessageField field, Object header, Object option) {
        Object value = header != null ? header : option;
        if (value != null) {
            raw.put(field, value);
        }
    }

    /** The default of this field, converted when the message at {@code index} is the first to need it; or null. */
    Object get(MessageField field, int index) {
        Object value = raw.get(field);
        return value == null ? null : converted.computeIfAbsent(field, f -> FieldValues.convert(f, value, index));
    }
}
