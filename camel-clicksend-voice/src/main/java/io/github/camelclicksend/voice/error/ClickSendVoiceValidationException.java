package io.github.camelclicksend.voice.error;

/** Input that cannot make a valid API request. Nothing was sent. */
public class ClickSendVoiceValidationException extends ClickSendVoiceException {

    private final String field;
    private final Integer index;

    public ClickSendVoiceValidationException(String field, Integer index, String problem) {
        super(describe(field, index, problem));
        this.field = field;
        this.index = index;
    }

    /** The option or message field at fault, in camelCase, e.g. {@code to}, {@code voice}, {@code messageId}. */
    public String getField() {
        return field;
    }

    /** The index of the message at fault in the exchange (0 for a single message), or null. */
    public Integer getIndex() {
        return index;
    }

    private static String describe(String field, Integer index, String problem) {
        return "Invalid " + field + (index != null ? " of message " + index : "") + ": " + problem
               + ". Nothing was sent.";
    }
}
