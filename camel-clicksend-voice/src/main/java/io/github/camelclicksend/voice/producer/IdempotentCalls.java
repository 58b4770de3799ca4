package io.github.camelclicksend.voice.producer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.spi.IdempotentRepository;

import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;

/**
 * Placing each call once across processes (DESIGN 3.8): a message's custom_string is its key in the
 * idempotentRepository. A chunk's keys are added before it is posted; a key that was already there is looked up in
 * ClickSend's history, and a call found there is not posted again. After the answer, keys of calls that were not
 * placed are removed; keys whose outcome is unknown stay, and are not looked up while their request may be in flight.
 */
final class IdempotentCalls {

    /** ClickSend did not place this call now because an identical one was placed recently: evidence of a send. */
    static final String THROTTLED = "THROTTLED";

    private final IdempotentRepository repository;
    private final HistoryLookup history;
    private final InFlightCalls inFlight;
    private final int lookbackSeconds;

    /**
     * What to do with a chunk's messages.
     *
     * @param toPost      positions in the chunk of the messages to post
     * @param alreadySent rows of the calls an earlier attempt placed, from history
     */
    record Claim(List<Integer> toPost, List<VoiceMessageResult> alreadySent) {
    }

    IdempotentCalls(IdempotentRepository repository, HistoryLookup history, InFlightCalls inFlight,
                    int lookbackSeconds) {
        this.repository = repository;
        this.history = history;
        this.inFlight = inFlight;
        this.lookbackSeconds = lookbackSeconds;
    }

    /**
     * Adds the chunk's keys and looks those already known up in history. Null when a request with one of the keys may
     * still be in flight: then nothing was added and nothing may be sent yet. If history cannot be read, the keys this
     * call added are removed again and the failure is thrown.
     */
    Claim claim(List<VoiceMessage> messages, List<Integer> indexes) {
        List<String> keys = messages.stream().map(VoiceMessage::getCustomString).toList();
        if (inFlight.anyInFlight(keys)) {
            return null;
        }
        List<String> added = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (String key : keys) {
            if (repository.add(key)) {
                added.add(key);
            } else {
                known.add(key);
            }
        }
        Map<String, List<VoiceHistoryRecord>> found;
        try {
            found = known.isEmpty() ? Map.of()
                    : history.find(known, Instant.now().getEpochSecond() - lookbackSeconds);
        } catch (RuntimeException historyUnreadable) {
            added.forEach(repository::remove);
            throw historyUnreadable;
        }
        List<Integer> toPost = new ArrayList<>();
        List<VoiceMessageResult> alreadySent = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            List<VoiceHistoryRecord> records = found.get(keys.get(i));
            if (records == null) {
                toPost.add(i);
            } else {
                // a number is one call; a list, one per member
                List<VoiceHistoryRecord> calls = messages.get(i).getListId() == null ? records.subList(0, 1) : records;
                for (VoiceHistoryRecord call : calls) {
                    alreadySent.add(alreadySent(indexes.get(i), call));
                }
            }
        }
        return new Claim(toPost, alreadySent);
    }

    /** The request provably did not reach ClickSend: a later attempt may send these. */
    void notPlaced(List<VoiceMessage> posted) {
        posted.forEach(m -> repository.remove(m.getCustomString()));
    }

    /** The request went out at {@code sentNanos} and no usable answer came back: the keys stay. */
    void unknown(List<VoiceMessage> posted, long sentNanos, long responseTimeoutMillis) {
        inFlight.unknown(posted.stream().map(VoiceMessage::getCustomString).toList(), sentNanos, responseTimeoutMillis);
    }

    /** ClickSend answered: keys of messages of which no call was placed are removed, the others confirmed. */
    void answered(List<VoiceMessage> posted, List<Integer> indexes, List<VoiceMessageResult> rows) {
        Set<Integer> placed = new HashSet<>();
        for (VoiceMessageResult row : rows) {
            if (row.isAccepted() || THROTTLED.equals(row.getStatus())) {
                placed.add(row.getIndex());
            }
        }
        for (int i = 0; i < posted.size(); i++) {
            String key = posted.get(i).getCustomString();
            if (placed.contains(indexes.get(i))) {
                repository.confirm(key);
            } else {
                repository.remove(key);
            }
        }
    }

    private static VoiceMessageResult alreadySent(int index, VoiceHistoryRecord r) {
        return new VoiceMessageResult(index, r.getMessageId(), r.getTo(),
                r.getListId() == null ? null : r.getListId().intValue(), r.getStatus(), r.getMessagePrice(),
                r.getMessageParts(), r.getCustomString(), true);
    }
}
