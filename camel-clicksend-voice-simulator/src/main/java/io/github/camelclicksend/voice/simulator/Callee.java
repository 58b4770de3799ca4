package io.github.camelclicksend.voice.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one callee (or every callee, for {@link Callees#byDefault()}) does when called: a script of outcomes,
 * one per call in the order the calls are made; the last outcome repeats. Each of {@link #presses},
 * {@link #pressesNothing} and {@link #unanswered} replaces the script, unless it follows {@link #then()},
 * which appends:
 *
 * <pre>{@code
 * sim.callees().number("+61411111111").presses("2");                  // every call: answered, "2"
 * sim.callees().number("+61422222222").unanswered().then().presses("1"); // 1st call unanswered, then "1"
 * }</pre>
 *
 * Keys only count for calls sent with {@code require_input} 1; an answered call without it has digits "".
 */
public final class Callee {

    private static final Pattern KEYS = Pattern.compile("[0-9*#]+");

    /**
     * One call's result: answered (with the keys pressed when asked) or not, answered by a machine, or
     * {@link #RINGS}: no result yet, the call rings until someone answers it from the console.
     */
    static final class Outcome {
        static final Outcome UNANSWERED = new Outcome(false, "");
        static final Outcome MACHINE = new Outcome(true, "", true);
        static final Outcome RINGS = new Outcome(false, "");

        final boolean answered;
        final String digits;
        final boolean machine;

        Outcome(boolean answered, String digits) {
            this(answered, digits, false);
        }

        private Outcome(boolean answered, String digits, boolean machine) {
            this.answered = answered;
            this.digits = digits;
            this.machine = machine;
        }

        /** Answered by a person pressing {@code keys}; IllegalArgumentException when not keys of a phone. */
        static Outcome pressing(String keys) {
            Objects.requireNonNull(keys, "keys");
            if (!KEYS.matcher(keys).matches()) {
                throw new IllegalArgumentException("keys must be one or more of 0-9, * and #: " + keys);
            }
            return new Outcome(true, keys);
        }
    }

    private final List<Outcome> script = new ArrayList<>(); // guarded by this
    private boolean appendNext;                             // guarded by this

    Callee() {
    }

    /** Answers and presses {@code keys} (digits, {@code *}, {@code #}) when the call asks for input. */
    public synchronized Callee presses(String keys) {
        return add(Outcome.pressing(keys));
    }

    /** Answers and presses no key: digits "". */
    public synchronized Callee pressesNothing() {
        return add(new Outcome(true, ""));
    }

    /** Does not answer: the call is {@code Failed}, its receipt {@code Undelivered} (301), digits "". */
    public synchronized Callee unanswered() {
        return add(Outcome.UNANSWERED);
    }

    /**
     * Is answered by an answering machine: the call is {@code Sent}, its receipt {@code Delivered} (201), digits
     * "", and the history's {@code machine_detected} is 1 when the call asked for {@code machine_detection}.
     */
    public synchronized Callee answeredByMachine() {
        return add(Outcome.MACHINE);
    }

    /**
     * Rings until a person answers it in the simulator's console (the page at its root), with any of the
     * outcomes above; until then the call is {@code Ringing} and has no receipt.
     */
    public synchronized Callee rings() {
        return add(Outcome.RINGS);
    }

    /** Whether the outcome for the next call is {@link #rings()} (without taking it). */
    synchronized boolean ringsNext() {
        return !script.isEmpty() && script.get(0) == Outcome.RINGS;
    }

    /** The next outcome given is appended to the script instead of replacing it. */
    public synchronized Callee then() {
        appendNext = true;
        return this;
    }

    synchronized void forget() {
        script.clear();
        appendNext = false;
    }

    /** Takes the outcome for the next call; null when this callee has no script. */
    synchronized Outcome next() {
        if (script.isEmpty()) {
            return null;
        }
        return script.size() > 1 ? script.remove(0) : script.get(0);
    }

    private Callee add(Outcome outcome) {
        if (!appendNext) {
            script.clear();
        }
        appendNext = false;
        script.add(outcome);
        return this;
    }
}
