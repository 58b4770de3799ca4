package io.github.camelclicksend.voice.simulator;

import java.time.Instant;

/**
 * A row of {@code POST /voice/send} that was not accepted (its status an error code such as
 * {@code INVALID_RECIPIENT}), kept for the console; {@code callsBefore} is how many calls had been accepted
 * before it, which places it among them.
 */
record RejectedMessage(String username, String messageId, Instant dateAdded, String to, String body, String voice,
                       String lang, String customString, Object schedule, String code, int callsBefore) {

    static RejectedMessage of(String username, MessageRow row, int callsBefore) {
        return new RejectedMessage(username, row.messageId, row.dateAdded, row.to, row.body, row.voice, row.lang,
                row.customString, row.schedule, row.status, callsBefore);
    }
}
