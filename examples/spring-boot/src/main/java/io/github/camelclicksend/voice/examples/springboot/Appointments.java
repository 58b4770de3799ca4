package io.github.camelclicksend.voice.examples.springboot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The appointment book the reminder calls act on, in the application's database (so it outlives a restart). A
 * reminder names its appointment in the call's custom_string, which ClickSend passes back in the call's receipt.
 * Each state change is kept in the appointment's history and logged at INFO, once committed, as
 * {@code appt-42: CONFIRMED}: the id and the state, never the phone number.
 */
@Component
public class Appointments {

    private static final Logger LOG = LoggerFactory.getLogger(Appointments.class);

    /** Where an appointment stands: BOOKED, CALLED (a reminder call is out), then one of the last three. */
    public enum State {
        BOOKED, CALLED, CONFIRMED, CANCELLED, UNREACHED
    }

    /** One state change, {@code at} in ISO-8601 UTC. */
    public record Change(State state, String at) {
    }

    /** One appointment: whom to call, about what, how often they were called, where it stands and how it got there. */
    public record Appointment(String id, String to, String description, int calls, State state,
                              List<Change> history) {
    }

    private final JdbcTemplate jdbc;

    public Appointments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Books a new appointment; {@link DuplicateKeyException} when the id is taken. */
    @Transactional
    public void book(String id, String to, String description) {
        jdbc.update("INSERT INTO appointment (id, phone, description, calls, state) VALUES (?, ?, ?, 0, ?)",
                id, to, description, State.BOOKED.name());
        record(id, State.BOOKED, "");
    }

    /** Counts one more reminder call, about to be placed, and returns the appointment as it is now. */
    @Transactional
    public Appointment calling(String id) {
        jdbc.update("UPDATE appointment SET calls = calls + 1, state = ? WHERE id = ?", State.CALLED.name(), id);
        Appointment appointment = get(id).orElseThrow();
        record(id, State.CALLED, " (call " + appointment.calls() + ")");
        return appointment;
    }

    /**
     * Moves an appointment waiting for the outcome of its call (CALLED) on to {@code state}; one in any other state
     * stays as it is (only the last call's outcome is waited for, and once).
     *
     * @return whether it changed
     */
    @Transactional
    public boolean conclude(String id, State state) {
        if (jdbc.update("UPDATE appointment SET state = ? WHERE id = ? AND state = ?", state.name(), id,
                State.CALLED.name()) == 0) {
            return false;
        }
        record(id, state, "");
        return true;
    }

    /** Takes back a booking whose first call could not be placed. */
    @Transactional
    public void forget(String id) {
        jdbc.update("DELETE FROM appointment_change WHERE appointment_id = ?", id);
        jdbc.update("DELETE FROM appointment WHERE id = ?", id);
        afterCommit(() -> LOG.info("{}: not booked, its first reminder call could not be placed", id));
    }

    public Optional<Appointment> get(String id) {
        return jdbc.query("SELECT id, phone, description, calls, state FROM appointment WHERE id = ?",
                (rs, row) -> new Appointment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        State.valueOf(rs.getString(5)), history(rs.getString(1))), id).stream().findFirst();
    }

    public List<Appointment> all() {
        return jdbc.queryForList("SELECT id FROM appointment ORDER BY id", String.class).stream()
                .map(id -> get(id).orElseThrow()).toList();
    }

    private List<Change> history(String id) {
        return jdbc.query("SELECT state, changed_at FROM appointment_change WHERE appointment_id = ? ORDER BY seq",
                (rs, row) -> new Change(State.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant().toString()), id);
    }

    private void record(String id, State state, String detail) {
        jdbc.update("INSERT INTO appointment_change (appointment_id, state, changed_at) VALUES (?, ?, ?)", id,
                state.name(), Timestamp.from(Instant.now()));
        afterCommit(() -> LOG.info("{}: {}{}", id, state, detail));
    }

    /** A change rolled back never happened: say it once the transaction holding it is committed. */
    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
