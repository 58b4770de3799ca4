package io.github.camelclicksend.voice.examples.kafka;

import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * One record of the requests topic: the text as read, its id (the message's custom_string), and either the validated
 * message or why it cannot be sent.
 */
record CallRequest(String id, String text, VoiceMessage message, String problem) {

    boolean isValid() {
        return message != null;
    }
}
