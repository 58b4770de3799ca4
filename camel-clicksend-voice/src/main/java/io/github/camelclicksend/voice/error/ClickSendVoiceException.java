package io.github.camelclicksend.voice.error;

import org.apache.camel.RuntimeCamelException;

/** The base of every exception the ClickSend Voice component raises. Messages never contain credentials. */
public class ClickSendVoiceException extends RuntimeCamelException {

    public ClickSendVoiceException(String message) {
        super(message);
    }

    public ClickSendVoiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
