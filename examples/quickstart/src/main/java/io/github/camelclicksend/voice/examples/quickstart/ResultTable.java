package io.github.camelclicksend.voice.examples.quickstart;

import java.io.PrintStream;

import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/** Prints one line per call and the total. */
final class ResultTable {

    private static final String ROW = "%-16s %-22s %-38s %10s%n";

    private ResultTable() {
    }

    static void print(VoiceSendResult result, PrintStream out) {
        out.printf(ROW, "TO", "STATUS", "MESSAGE ID", "PRICE");
        for (VoiceMessageResult m : result.getMessages()) {
            out.printf(ROW, m.getTo(), m.getStatus(), m.getMessageId(), m.getPrice());
        }
        out.printf("Total: %d calls, %d queued, %d rejected, %s %s%n", result.getTotalCount(),
                result.getQueuedCount(), result.getRejected().size(), result.getTotalPrice(), result.getCurrency());
    }
}
