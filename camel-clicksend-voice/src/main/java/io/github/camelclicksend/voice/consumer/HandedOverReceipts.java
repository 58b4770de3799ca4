package io.github.camelclicksend.voice.consumer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * What the polling consumer remembers between polls: the receipts it handed over that no mark-read has covered yet
 * (they stay unread on ClickSend and must not be handed over again), and the receipts whose exchange failed (they are
 * handed over again, and hold the mark-read back). Each is kept with its timestamp, or for a receipt without one the
 * server's time when it was first seen, so that even those are forgotten once a mark-read covers that time: the
 * memory holds only receipts younger than {@code markReadGrace} and those newer than a receipt that keeps failing.
 */
public final class HandedOverReceipts {

    /** A receipt's identity: a call may have several receipts (another status, the keys pressed). */
    public record Identity(String messageId, String statusCode, Long timestamp) {

        public static Identity of(VoiceReceipt receipt) {
            return new Identity(receipt.getMessageId(), receipt.getStatusCode(), receipt.getTimestamp());
        }

        /** {@code message_id:status_code:timestamp}, the header CamelClickSendVoiceReceiptKey. */
        public String key() {
            return messageId + ":" + Objects.toString(statusCode, "") + ":" + Objects.toString(timestamp, "");
        }
    }

    private final Map<Identity, Long> handedOver = new HashMap<>();
    private final Map<Identity, Long> failing = new LinkedHashMap<>();

    public boolean isHandedOver(Identity receipt) {
        return handedOver.containsKey(receipt);
    }

    /** The receipt's timestamp for the mark-read: its own, or when it was first seen (kept across polls). */
    public long timestampOf(Identity receipt, long serverSeconds) {
        if (receipt.timestamp() != null) {
            return receipt.timestamp();
        }
        Long seen = failing.get(receipt);
        return seen != null ? seen : serverSeconds;
    }

    public void handedOver(Identity receipt, long timestamp) {
        failing.remove(receipt);
        handedOver.put(receipt, timestamp);
    }

    public void failed(Identity receipt, long timestamp) {
        failing.put(receipt, timestamp);
    }

    /** Whether the unread list, of this size, can hold nothing but receipts already handed over. */
    public boolean couldAllBeHandedOver(int unread) {
        return unread <= handedOver.size();
    }

    public boolean isFailing() {
        return !failing.isEmpty();
    }

    /** After a poll that read every page: failing receipts it did not see are read (or gone) and forgotten. */
    public void keepFailingOnly(Set<Identity> stillUnread) {
        failing.keySet().retainAll(stillUnread);
    }

    /**
     * The {@code date_before} of the next mark-read: min(newest handed over + 1, serverSeconds - grace, oldest failing
     * - 1); empty when it would cover no receipt handed over and not covered yet.
     */
    public OptionalLong dateBefore(long serverSeconds, int grace) {
        if (handedOver.isEmpty()) {
            return OptionalLong.empty();
        }
        long newest = handedOver.values().stream().mapToLong(Long::longValue).max().getAsLong();
        long dateBefore = Math.min(newest + 1, serverSeconds - grace);
        OptionalLong oldestFailing = failing.values().stream().mapToLong(Long::longValue).min();
        if (oldestFailing.isPresent()) {
            dateBefore = Math.min(dateBefore, oldestFailing.getAsLong() - 1);
        }
        long before = dateBefore;
        boolean coversOne = handedOver.values().stream().anyMatch(timestamp -> timestamp < before);
        return coversOne ? OptionalLong.of(dateBefore) : OptionalLong.empty();
    }

    /** A mark-read went out: what it covers under either reading of "before" is read and forgotten. */
    public void covered(long dateBefore) {
        handedOver.values().removeIf(timestamp -> timestamp < dateBefore);
    }

    public int size() {
        return handedOver.size() + failing.size();
    }
}
