package io.github.camelclicksend.voice.simulator;

import java.math.BigDecimal;
import java.time.Instant;

/** One recipient row of a send/price request after validation: the fields echoed back plus its status. */
final class MessageRow {
    String messageId;
    String to;
    Integer listId;
    String body;
    String lang;
    String voice;
    String customString;
    String country;
    String source;
    Object schedule;           // as sent: a number, a digit string, or null
    Long scheduleSeconds;      // parsed, null when unscheduled
    boolean requireInput;
    boolean machineDetection;
    int parts;
    BigDecimal price;
    Instant dateAdded;
    String status;             // SUCCESS or an application error code

    boolean accepted() {
        return "SUCCESS".equals(status);
    }
}
