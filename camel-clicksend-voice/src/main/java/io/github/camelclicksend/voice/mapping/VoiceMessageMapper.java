package io.github.camelclicksend.voice.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.Voice;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * Turns an exchange's body, headers and the endpoint's options into the messages to post, every one complete and
 * valid. Precedence per field: the message's own value, then the header, then the option. Any invalid message fails
 * the whole exchange before anything is sent.
 */
public final class VoiceMessageMapper {

    private final MessageValidator validator;

    public VoiceMessageMapper() {
        this(new MessageValidator());
    }

    VoiceMessageMapper(MessageValidator validator) {
        this.validator = validator;
    }

    /**
     * @throws ClickSendVoiceValidationException naming the field and the message's index
     */
    public List<VoiceMessage> map(Object body, Map<String, Object> headers, ClickSendVoiceConfiguration config) {
        List<Object> items = BodyReader.items(body);
        if (items.isEmpty()) {
            throw new ClickSendVoiceValidationException("body", null, "holds no messages");
        }
        MessageDefaults defaults = new MessageDefaults(config, headers);
        List<VoiceMessage> messages = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            Map<MessageField, Object> fields = read(items.get(index), index);
            for (MessageField f : MessageField.values()) {
                if (fields.get(f) == null) {
                    fields.put(f, defaults.get(f, index));
                }
            }
            messages.add(validator.validate(fields, index));
        }
        return messages;
    }

    /** The fields the item sets itself, converted to their types. */
    private static Map<MessageField, Object> read(Object item, int index) {
        Map<MessageField, Object> fields = new EnumMap<>(MessageField.class);
        if (item instanceof String text) {
            fields.put(MessageField.BODY, text);
        } else if (item instanceof VoiceMessage m) {
            fields.put(MessageField.TO, m.getTo());
            fields.put(MessageField.LIST_ID, m.getListId());
            fields.put(MessageField.BODY, m.getBody());
            fields.put(MessageField.VOICE, m.getVoice());
            fields.put(MessageField.LANG, m.getLang());
            fields.put(MessageField.CUSTOM_STRING, m.getCustomString());
            fields.put(MessageField.COUNTRY, m.getCountry());
            fields.put(MessageField.SOURCE, m.getSource());
            fields.put(MessageField.SCHEDULE, m.getSchedule());
            fields.put(MessageField.REQUIRE_INPUT, m.getRequireInput());
            fields.put(MessageField.MACHINE_DETECTION, m.getMachineDetection());
        } else if (item instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                MessageField field = MessageField.ofKey(key);
                if (field == null) {
                    throw new ClickSendVoiceValidationException(key, index, "is not a field of a voice message");
                }
                fields.put(field, FieldValues.convert(field, e.getValue(), index));
            }
        } else if (item != null) {
            throw new ClickSendVoiceValidationException("body", index, "a " + item.getClass().getSimpleName()
                                                                       + " is not a voice message");
        }
        return fields;
    }

    /** Checks one message's resolved fields and builds it with its number in E.164. */
    static final class MessageValidator {

        private static final long MILLIS_THRESHOLD = 100_000_000_000L;
        private static final long PAST_TOLERANCE_SECONDS = 60;

        VoiceMessage validate(Map<MessageField, Object> f, int index) {
            String body = (String) f.get(MessageField.BODY);
            if (body == null || body.isBlank()) {
                throw new ClickSendVoiceValidationException("body", index, body == null ? "is missing" : "is blank");
            }
            String tooLong = MessageLength.problem(body);
            if (tooLong != null) {
                throw new ClickSendVoiceValidationException("body", index, tooLong);
            }
            String country = upper((String) f.get(MessageField.COUNTRY));
            if (country != null && !PhoneNumbers.isKnownRegion(country)) {
                throw new ClickSendVoiceValidationException("country", index,
                        "'" + country + "' is not an ISO 3166 alpha-2 country code");
            }
            Integer listId = (Integer) f.get(MessageField.LIST_ID);
            if (listId != null && listId <= 0) {
                throw new ClickSendVoiceValidationException("listId", index, "must be positive, was " + listId);
            }
            String to = (String) f.get(MessageField.TO);
            if (to != null && to.isBlank()) {
                to = null;
            }
            if (to == null && listId == null) {
                throw new ClickSendVoiceValidationException("to", index, "is missing: set header CamelClickSendVoiceTo "
                                                                         + "or option to (or listId), or send a "
                                                                         + "VoiceMessage, Map or JSON with to");
            }
            if (to != null) {
                try {
                    to = PhoneNumbers.toE164(to, country);
                } catch (IllegalArgumentException e) {
                    throw new ClickSendVoiceValidationException("to", index, e.getMessage());
                }
            }
            String lang = lower((String) f.get(MessageField.LANG));
            if (lang == null || !VoiceLanguages.isKnown(lang)) {
                throw new ClickSendVoiceValidationException("lang", index,
                        lang == null ? "is missing" : "'" + lang + "' is not a ClickSend voice language");
            }
            Voice voice = (Voice) f.get(MessageField.VOICE);
            if (voice == null) {
                throw new ClickSendVoiceValidationException("voice", index, "is missing");
            }
            if (!VoiceLanguages.voices(lang).contains(voice)) {
                throw new ClickSendVoiceValidationException("voice", index,
                        voice + " is not offered for " + lang + " (offered: " + VoiceLanguages.voices(lang) + ")");
            }
            Long schedule = (Long) f.get(MessageField.SCHEDULE);
            if (schedule != null) {
                checkSchedule(schedule, index);
            }
            return VoiceMessage.builder()
                    .to(to).listId(listId).body(body).voice(voice).lang(lang)
                    .customString((String) f.get(MessageField.CUSTOM_STRING))
                    .country(country)
                    .source((String) f.get(MessageField.SOURCE))
                    .schedule(schedule)
                    .requireInput((Boolean) f.get(MessageField.REQUIRE_INPUT))
                    .machineDetection((Boolean) f.get(MessageField.MACHINE_DETECTION))
                    .build();
        }

        private static void checkSchedule(long schedule, int index) {
            if (schedule >= MILLIS_THRESHOLD) {
                throw new ClickSendVoiceValidationException("schedule", index,
                        schedule + " looks like milliseconds; give unix seconds");
            }
            long now = System.currentTimeMillis() / 1000;
            if (schedule < now - PAST_TOLERANCE_SECONDS) {
                throw new ClickSendVoiceValidationException("schedule", index,
                        schedule + " is " + (now - schedule) + " seconds in the past");
            }
        }

        private static String upper(String s) {
            return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
        }

        private static String lower(String s) {
            return s == null || s.isBlank() ? null : s.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
