package io.github.camelclicksend.voice.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The simulator's clock, which a test can set, freeze and advance. It stamps what the API would stamp: call
 * {@code date_added}, receipt {@code timestamp}/{@code timestamp_send}, the {@code Date} header of every answer,
 * and decides whether a {@code schedule} is in the future. Waits ({@code receiptDelay}, a schedule's delay,
 * push retries) still run in real time. Thread-safe.
 *
 * <pre>{@code
 * sim.clock().freeze();                                  // every stamp is now the same instant
 * sim.clock().set(Instant.parse("2030-01-01T00:00:00Z")); // jump (stays frozen if frozen)
 * sim.clock().advance(Duration.ofSeconds(1));
 * sim.clock().resume();                                  // runs again from where it stands
 * }</pre>
 *
 * {@link ClickSendSimulator#reset()} puts it back on the builder's clock, running.
 */
public final class SimulatorClock extends Clock {

    private final Clock base;
    private Duration offset = Duration.ZERO; // guarded by this
    private Instant frozenAt;                // guarded by this; null while running

    SimulatorClock(Clock base) {
        this.base = Objects.requireNonNull(base, "clock");
    }

    @Override
    public synchronized Instant instant() {
        return frozenAt != null ? frozenAt : base.instant().plus(offset);
    }

    /** Jumps to {@code instant}; a frozen clock stays frozen there, a running one runs on from there. */
    public synchronized SimulatorClock set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (frozenAt != null) {
            frozenAt = instant;
        } else {
            offset = Duration.between(base.instant(), instant);
        }
        return this;
    }

    /** Moves the clock by {@code amount} (negative goes back). */
    public synchronized SimulatorClock advance(Duration amount) {
        return set(instant().plus(Objects.requireNonNull(amount, "amount")));
    }

    /** Stops the clock at the current instant until {@link #resume()}. */
    public synchronized SimulatorClock freeze() {
        frozenAt = instant();
        return this;
    }

    /** Runs the clock again from the instant it is frozen at. */
    public synchronized SimulatorClock resume() {
        if (frozenAt != null) {
            Instant at = frozenAt;
            frozenAt = null;
            set(at);
        }
        return this;
    }

    public synchronized boolean isFrozen() {
        return frozenAt != null;
    }

    synchronized void reset() {
        offset = Duration.ZERO;
        frozenAt = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone: same instants, still controlled here. */
    @Override
    public Clock withZone(ZoneId zone) {
        SimulatorClock controlled = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return controlled.withZone(other);
            }

            @Override
            public Instant instant() {
                return controlled.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "SimulatorClock[" + instant() + (isFrozen() ? ", frozen" : "") + "]";
    }
}
