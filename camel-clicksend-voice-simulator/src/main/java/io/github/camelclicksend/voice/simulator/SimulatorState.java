package io.github.camelclicksend.voice.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * What the simulated accounts own besides receipts and rules: accepted calls and exported files; plus the
 * contact lists. Calls are "made" on a timer: {@code receiptDelay} after acceptance (or after their schedule
 * time), which turns them {@code Sent}/{@code Failed} as their {@link Callees callee} decides, and hands their
 * receipt to the {@link ReceiptDispatcher}.
 */
final class SimulatorState implements AutoCloseable {

    /** A number ending in this is not answered: its call fails and its receipt is {@code Undelivered}. */
    static final String UNANSWERED_SUFFIX = "0000";
    static final int MAX_REJECTED = 10_000;

    /** An exported CSV, downloadable by the account that exported it. */
    static final class StoredFile {
        final String username;
        final String filename;
        final byte[] content;

        StoredFile(String username, String filename, byte[] content) {
            this.username = username;
            this.filename = filename;
            this.content = content;
        }
    }

    private final Duration receiptDelay;
    private final Clock clock;
    private final Callees callees;
    private final ReceiptDispatcher receipts;
    private final ScheduledThreadPoolExecutor timer;
    private final Map<Integer, List<String>> contactLists = new ConcurrentHashMap<>();
    // guarded by this
    private final List<SimulatedCall> calls = new ArrayList<>();
    private final Map<String, StoredFile> files = new HashMap<>();
    private final List<RejectedMessage> rejected = new ArrayList<>();
    private long epoch;

    SimulatorState(Duration receiptDelay, Clock clock, Callees callees, ReceiptDispatcher receipts) {
        this.receiptDelay = receiptDelay;
        this.clock = clock;
        this.callees = callees;
        this.receipts = receipts;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "clicksend-simulator-calls");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    void addContactList(int listId, List<String> numbers) {
        contactLists.put(listId, List.copyOf(numbers));
    }

    List<String> contactList(int listId) {
        return contactLists.get(listId);
    }

    void accept(List<SimulatedCall> accepted) {
        long currentEpoch;
        synchronized (this) {
            calls.addAll(accepted);
            currentEpoch = epoch;
        }
        long now = clock.millis();
        for (SimulatedCall call : accepted) {
            long dueMillis = call.schedule() == null ? 0 : Math.max(0, call.schedule() * 1000 - now);
            timer.schedule(() -> complete(call, currentEpoch), dueMillis + receiptDelay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void complete(SimulatedCall call, long callEpoch) {
        if (callEpoch != epoch) {
            return; // reset since
        }
        String status = call.status();
        if (!SimulatedCall.QUEUED.equals(status) && !SimulatedCall.SCHEDULED.equals(status)) {
            return; // cancelled
        }
        Callee.Outcome outcome = callees.outcome(call.to(), call.customString());
        if (outcome == Callee.Outcome.RINGS) {
            call.status(SimulatedCall.RINGING);
        } else {
            end(call, outcome);
        }
    }

    /**
     * Ends a ringing call as a person in the console chose, exactly as a scripted callee would have.
     *
     * @return false when there is no such call or it is not ringing (any more)
     */
    synchronized boolean answer(String messageId, Callee.Outcome outcome) {
        String id = messageId.toUpperCase(Locale.ROOT);
        SimulatedCall call = calls.stream().filter(c -> c.messageId().equals(id)).findFirst().orElse(null);
        if (call == null || !SimulatedCall.RINGING.equals(call.status())) {
            return false;
        }
        end(call, outcome);
        return true;
    }

    private void end(SimulatedCall call, Callee.Outcome outcome) {
        SimulatedReceipt receipt = SimulatedReceipt.builder()
                .username(call.username())
                .messageId(call.messageId())
                .statusCode(outcome.answered ? SimulatedReceipt.DELIVERED_CODE : SimulatedReceipt.UNDELIVERED_CODE)
                .statusText(outcome.answered ? SimulatedReceipt.DELIVERED_TEXT : SimulatedReceipt.UNDELIVERED_TEXT)
                .status(outcome.answered ? SimulatedReceipt.DELIVERED : SimulatedReceipt.UNDELIVERED)
                .errorCode(outcome.answered ? null : SimulatedReceipt.UNDELIVERED_CODE)
                .errorText(outcome.answered ? null : SimulatedReceipt.UNDELIVERED_TEXT)
                .customString(call.customString())
                .digits(call.requireInput() ? outcome.digits : "")
                .timestampSend(call.dateAdded())
                .build(call.username(), clock.instant());
        call.completed(receipt, outcome.machine && call.machineDetection());
        receipts.deliver(receipt);
    }

    /** Keeps rejected rows of a send for the console (the newest {@value #MAX_REJECTED}). */
    synchronized void reject(String username, List<MessageRow> rows) {
        for (MessageRow row : rows) {
            if (rejected.size() >= MAX_REJECTED) {
                rejected.remove(0);
            }
            rejected.add(RejectedMessage.of(username, row, calls.size()));
        }
    }

    synchronized List<RejectedMessage> rejected() {
        return List.copyOf(rejected);
    }

    synchronized List<SimulatedCall> calls() {
        return List.copyOf(calls);
    }

    synchronized List<SimulatedCall> calls(String username) {
        return calls.stream().filter(c -> c.username().equals(username)).toList();
    }

    /** The call with this id (case-insensitive) of this account, or null. */
    synchronized SimulatedCall call(String username, String messageId) {
        String id = messageId.toUpperCase(Locale.ROOT);
        return calls.stream().filter(c -> c.username().equals(username) && c.messageId().equals(id))
                .findFirst().orElse(null);
    }

    /** Cancels the call if it is still scheduled; false when the account has no such call. */
    synchronized boolean cancel(String username, String messageId) {
        SimulatedCall call = call(username, messageId);
        if (call == null) {
            return false;
        }
        if (SimulatedCall.SCHEDULED.equals(call.status())) {
            call.status(SimulatedCall.CANCELLED);
        }
        return true;
    }

    synchronized int cancelAll(String username) {
        int count = 0;
        for (SimulatedCall call : calls) {
            if (call.username().equals(username) && SimulatedCall.SCHEDULED.equals(call.status())) {
                call.status(SimulatedCall.CANCELLED);
                count++;
            }
        }
        return count;
    }

    synchronized String storeFile(String username, String filename, byte[] content) {        String id = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        files.put(id, new StoredFile(username, filename, content));
        return id;
    }

    synchronized StoredFile file(String id) {
        return files.get(id.toUpperCase(Locale.ROOT));
    }

    /** Forgets calls and files, and the pending call timers; contact lists stay. */
    synchronized void reset() {
        epoch++;
        // The epoch already makes pending timers no-ops; cancelling frees far-future scheduled calls too.
        timer.getQueue().forEach(task -> ((Future<?>) task).cancel(false));
        calls.clear();
        rejected.clear();
        files.clear();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
