package io.github.camelclicksend.voice.mapping;

import java.util.Map;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceConstants;

/**
 * The values a message takes for the fields it leaves unset: the exchange's header, else the endpoint's option.
 * Each value is converted on first use, so a bad header is reported against the first message that needs it.
 */
final class MessageDefaults {

    private static final MessageField[] FIELDS = MessageField.values();
    private static final Object UNCONVERTED = new Object();

    private final Object[] raw = new Object[FIELDS.length];
    private final Object[] converted = new Object[FIELDS.length];

    MessageDefaults(ClickSendVoiceConfiguration c, Map<String, Object> headers) {
        set(MessageField.TO, headers.get(ClickSendVoiceConstants.TO), c.getTo());
        set(MessageField.LIST_ID, headers.get(ClickSendVoiceConstants.LIST_ID), c.getListId());
        set(MessageField.BODY, null, null);
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
        raw[field.ordinal()] = header != null ? header : option;
        converted[field.ordinal()] = UNCONVERTED;
    }

    Object get(MessageField field, int index) {
        int i = field.ordinal();
        Object value = converted[i];
        if (value == UNCONVERTED) {
            value = FieldValues.convert(field, raw[i], index);
            converted[i] = value;
        }
        return value;
    }
}
