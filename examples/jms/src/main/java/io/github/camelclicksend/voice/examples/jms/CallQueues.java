package io.github.camelclicksend.voice.examples.jms;

/** The example's queues and the headers a dead letter carries. */
public final class CallQueues {

    public static final String REQUESTS = "call.requests";
    public static final String RESULTS = "call.results";
    public static final String DEAD_LETTERS = "call.dlq";

    /** INVALID, REJECTED, API_ERROR or OUTCOME_UNKNOWN (see {@link DeadLetters}). */
    public static final String REASON = "CallDeadLetterReason";
    public static final String DETAIL = "CallDeadLetterDetail";

    private CallQueues() {
    }
}
