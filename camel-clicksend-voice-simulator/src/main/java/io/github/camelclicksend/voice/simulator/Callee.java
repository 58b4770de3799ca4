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

    /** One call's result: answered (with the keys pressed when asked) or not. */
    static final class Outcome {
        static final Outcome UNANSWERED = new Outcome(false, "");

        final boolean answered;
        final String digits;

        Outcome(boolean answered, String digits) {
            this.answered = answered;
            this.digits = digits;
        }
    }

    private final List<Outcome> script = new ArrayList<>(); // guarded by this
    private boolean appendNext;                             // guarded by this

    Callee() {
    }

    /** Answers and presses {@code keys} (digits, {@code *}, {@code #}) when the call asks for input. */
    public synchronized Callee presses(String keys) {
        Objects.requireNonNull(keys, "keys");
        if (!KEYS.matcher(keys).matches()) {
            throw new IllegalArgumentException("keys must be one or more of 0-9, * and #: " + keys);
        }
        return add(new Outcome(true, keys));
    }

    /** Answers and presses no key: digits "". */
    public synchronized Callee pressesNothing() {
        return add(new Outcome(true, ""));
    }

    /** Does not answer: the call is {@code Failed}, its receipt {@code Undelivered} (301), digits "". */
    public synchronized Callee unanswered() {
        return add(Outcome.UNANSWERED);
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
