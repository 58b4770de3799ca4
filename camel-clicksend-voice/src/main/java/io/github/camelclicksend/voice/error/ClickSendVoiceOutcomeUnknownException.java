package io.github.camelclicksend.voice.error;

import java.util.List;

/**
 * A request went out and no usable answer came back (timeout, reset, unreadable answer), so the API may or may not
 * have placed its calls. Such messages are not sent again on redelivery unless {@code resendUnknown=true}.
 */
public class ClickSendVoiceOutcomeUnknownException extends ClickSendVoiceException {

    private final List<Integer> indexes;

    public ClickSendVoiceOutcomeUnknownException(String message, List<Integer> indexes, Throwable cause) {
        super(message, cause);
        this.indexes = List.copyOf(indexes);
    }

    /** The indexes of the exchange's messages whose fate is unknown. */
    public List<Integer> getIndexes() {
        return indexes;
    }
}
