package io.github.camelclicksend.voice.mapping;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.Voice;

/** Converts a raw field value (from a map, JSON, a header or an option) to the field's type, or says why not. */
final class FieldValues {

    private FieldValues() {
    }

    static Object convert(MessageField field, Object value, Integer index) {
        if (value == null) {
            return null;
        }
        try {
            return switch (field) {
                case TO -> value instanceof Number n ? digits(n) : text(value);
                case BODY, LANG, CUSTOM_STRING, COUNTRY, SOURCE -> text(value);
                case LIST_ID -> WholeNumbers.toInteger(value);
                case VOICE -> voice(value);
                case SCHEDULE -> TimeValues.toUnixSeconds(value);
                case REQUIRE_INPUT, MACHINE_DETECTION -> bool(value);
            };
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException(field.option(), index, e.getMessage());
        }
    }

    static String text(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        throw new IllegalArgumentException("must be text, was a " + value.getClass().getSimpleName());
    }

    static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            java.math.BigInteger whole = WholeNumbers.exact(n);
            if (java.math.BigInteger.ZERO.equals(whole) || java.math.BigInteger.ONE.equals(whole)) {
                return java.math.BigInteger.ONE.equals(whole);
            }
        }
        if (value instanceof CharSequence cs) {
            switch (cs.toString().trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes":
                    return true;
                case "false", "0", "no", "":
                    return false;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("must be true or false (or 1 or 0), was '" + value + "'");
    }

    private static Voice voice(Object value) {
        if (value instanceof Voice v) {
            return v;
        }
        Voice v = value instanceof CharSequence cs ? Voice.parse(cs.toString()) : null;
        if (v == null) {
            throw new IllegalArgumentException("must be female or male, was '" + value + "'");
        }
        return v;
    }

    private static String digits(Number n) {
        java.math.BigInteger whole = WholeNumbers.exact(n);
        if (whole == null) {
            throw new IllegalArgumentException("is not a phone number: " + n);
        }
        return whole.toString();
    }
}
