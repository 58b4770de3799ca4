package io.github.camelclicksend.voice.simulator;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who answers and which keys they press, chosen per recipient number, per {@code custom_string}, or for
 * everyone else ({@link ClickSendSimulator#callees()}). For each call the first that has a script decides:
 * its {@code custom_string}, its number, a number ending in {@value SimulatorState#UNANSWERED_SUFFIX}
 * (unanswered), {@link #byDefault()}, and finally the built-in behaviour: answered, pressing "1" when the
 * call asks for input.
 *
 * <pre>{@code
 * sim.callees().number("+61411111111").presses("2");
 * sim.callees().customString("appointment-42").unanswered();
 * sim.callees().byDefault().pressesNothing();
 * }</pre>
 *
 * {@link ClickSendSimulator#reset()} forgets every script.
 */
public final class Callees {

    private static final Callee.Outcome BUILT_IN = new Callee.Outcome(true, "1");

    private final Map<String, Callee> byNumber = new ConcurrentHashMap<>();
    private final Map<String, Callee> byCustomString = new ConcurrentHashMap<>();
    private final Callee byDefault = new Callee();
    private volatile boolean ringByDefault; // the console's switch, beside the default script, not in it

    Callees() {
    }

    /** The callee at this number, as sent in {@code to} (E.164, e.g. {@code +61411111111}). */
    public Callee number(String number) {
        return byNumber.computeIfAbsent(Objects.requireNonNull(number, "number"), n -> new Callee());
    }

    /** Whoever receives calls sent with this {@code custom_string}. */
    public Callee customString(String customString) {
        return byCustomString.computeIfAbsent(Objects.requireNonNull(customString, "customString"), c -> new Callee());
    }

    /** Everyone without a script of their own (numbers ending in 0000 excepted). */
    public Callee byDefault() {
        return byDefault;
    }

    /** Forgets every script: back to the built-in behaviour. */
    public void clear() {
        byNumber.clear();
        byCustomString.clear();
        byDefault.forget();
        ringByDefault = false;
    }

    /** Whether calls without a script of their own ring until answered in the console. */
    boolean ringByDefault() {
        return ringByDefault || byDefault.ringsNext();
    }

    /**
     * Makes calls without a script of their own ring (true), or go back to the default script (false): a script
     * given to {@link #byDefault()} stays as it was, unless it was {@code rings()} itself.
     */
    void ringByDefault(boolean ring) {
        ringByDefault = ring;
        if (!ring && byDefault.ringsNext()) {
            byDefault.forget();
        }
    }

    /** Decides the outcome of a call being made now (each call takes one step of a script). */
    Callee.Outcome outcome(String to, String customString) {
        Callee.Outcome outcome = next(customString == null ? null : byCustomString.get(customString));
        if (outcome == null) {
            outcome = next(to == null ? null : byNumber.get(to));
        }
        if (outcome == null && to != null && to.endsWith(SimulatorState.UNANSWERED_SUFFIX)) {
            outcome = Callee.Outcome.UNANSWERED;
        }
        if (outcome == null) {
            outcome = ringByDefault ? Callee.Outcome.RINGS : byDefault.next();
        }
        return outcome != null ? outcome : BUILT_IN;
    }

    private static Callee.Outcome next(Callee callee) {
        return callee == null ? null : callee.next();
    }
}
