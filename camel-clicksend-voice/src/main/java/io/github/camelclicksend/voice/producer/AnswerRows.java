package io.github.camelclicksend.voice.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.camelclicksend.voice.client.SendResponse;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;

/**
 * Pairs the rows of a send or price answer with the messages posted, by what each row carries, in order: a message to
 * a number has exactly one row with its number and no list; a message to a contact list has one row per member, each
 * with its list_id, possibly none. Never by counting: a 0-member list next to a 2-member one would shift every index.
 */
final class AnswerRows {

    private static final Pattern NOT_A_DIGIT = Pattern.compile("\\D");

    /** The answer's rows cannot be matched to the messages: which calls ClickSend placed is not known. */
    static final class Unmatched extends Exception {
        Unmatched(String reason) {
            super(reason, null, false, false);
        }
    }

    private AnswerRows() {
    }

    /**
     * @param messages the messages posted, in request order
     * @param indexes  the exchange index of each of them
     */
    static List<VoiceMessageResult> match(List<VoiceMessage> messages, List<Integer> indexes,
                                          List<SendResponse.Row> rows)
            throws Unmatched {
        List<VoiceMessageResult> results = new ArrayList<>(rows.size());
        int r = 0;
        int m = 0;
        while (m < messages.size()) {
            VoiceMessage message = messages.get(m);
            if (message.getListId() == null) {
                if (r >= rows.size() || !isRowOf(message, rows.get(r))) {
                    throw new Unmatched("no row for message " + indexes.get(m) + " at row " + r);
                }
                results.add(result(indexes.get(m), rows.get(r++)));
                m++;
                continue;
            }
            // consecutive messages to the same list with the same custom_string give the same rows, in the same order
            int same = 1;
            while (m + same < messages.size() && sameListCall(message, messages.get(m + same))) {
                same++;
            }
            int run = 0;
            while (r + run < rows.size() && isRowOf(message, rows.get(r + run))) {
                run++;
            }
            if (run % same != 0) {
                throw new Unmatched(run + " rows for " + same + " messages to list " + message.getListId());
            }
            for (int k = 0; k < same; k++) {
                for (int i = 0; i < run / same; i++) {
                    results.add(result(indexes.get(m + k), rows.get(r++)));
                }
            }
            m += same;
        }
        if (r != rows.size()) {
            throw new Unmatched((rows.size() - r) + " rows left over that no message asked for");
        }
        return results;
    }

    private static boolean isRowOf(VoiceMessage message, SendResponse.Row row) {
        if (!Objects.equals(emptyToNull(message.getCustomString()), emptyToNull(row.getCustomString()))) {
            return false;
        }
        if (message.getListId() != null) {
            return message.getListId().equals(row.getListId());
        }
        return row.getListId() == null && digits(message.getTo()).equals(digits(row.getTo()));
    }

    private static boolean sameListCall(VoiceMessage a, VoiceMessage b) {
        return a.getListId().equals(b.getListId())
               && Objects.equals(emptyToNull(a.getCustomString()), emptyToNull(b.getCustomString()));
    }

    /** The number without its formatting: the API may answer "+61411111111" or "61411111111". */
    private static String digits(String number) {
        return number == null ? "" : NOT_A_DIGIT.matcher(number).replaceAll("");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static VoiceMessageResult result(int index, SendResponse.Row row) {
        return new VoiceMessageResult(index, row.getMessageId(), row.getTo(), row.getListId(), row.getStatus(),
                row.getMessagePrice(), row.getMessageParts(), row.getCustomString());
    }
}
