package io.github.camelclicksend.voice.examples.springboot;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The appointment book the reminder calls act on (in memory here; a database in a real application). A reminder
 * names its appointment in the call's custom_string, which ClickSend passes back in the call's receipt.
 */
@Component
public class Appointments {

    /** Where an appointment stands. */
    public enum Status {
        BOOKED, CONFIRMED, CANCELLED, UNREACHED
    }

    /** One appointment: whom to call, about what, how often they were called, where it stands. */
    public record Appointment(String id, String to, String description, int calls, Status status) {
    }

    private final Map<String, Appointment> book = new ConcurrentHashMap<>();

    public Appointment book(String id, String to, String description) {
        Appointment appointment = new Appointment(id, to, description, 0, Status.BOOKED);
        book.put(id, appointment);
        return appointment;
    }

    public Appointment get(String id) {
        return book.get(id);
    }

    /** Counts one more reminder call and returns the appointment as it is now. */
    public Appointment called(String id) {
        return book.computeIfPresent(id, (k, a) -> new Appointment(a.id(), a.to(), a.description(), a.calls() + 1,
                a.status()));
    }

    public void decide(String id, Status status) {
        book.computeIfPresent(id, (k, a) -> new Appointment(a.id(), a.to(), a.description(), a.calls(), status));
    }
}
