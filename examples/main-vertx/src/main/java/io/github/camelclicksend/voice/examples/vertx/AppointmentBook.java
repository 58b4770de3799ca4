package io.github.camelclicksend.voice.examples.vertx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * The appointments the reminder calls act on (in memory here; a database in a real application), bound as
 * {@code appointments} for the YAML routes. A reminder names its appointment in the call's custom_string, which
 * ClickSend passes back in the call's receipt.
 */
public class AppointmentBook {

    /** Where an appointment stands. */
    public enum Status {
        BOOKED, CONFIRMED, CANCELLED, UNREACHED
    }

    /** One appointment: whom to call, about what, how often they were called, where it stands. */
    public record Appointment(String id, String to, String description, int calls, Status status) {

        Appointment with(int calls, Status status) {
            return new Appointment(id, to, description, calls, status);
        }
    }

    private final Map<String, Appointment> book = new ConcurrentHashMap<>();
    private final int maxCalls;

    public AppointmentBook(int maxCalls) {
        this.maxCalls = maxCalls;
    }

    /** Books the appointment of a request and returns its first reminder call. */
    public VoiceMessage book(Map<String, Object> request) {
        String id = required(request, "id");
        book.put(id, new Appointment(id, required(request, "to"), required(request, "description"), 0, Status.BOOKED));
        return call(id);
    }

    private static String required(Map<String, Object> request, String field) {
        Object value = request.get(field);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("The booking has no " + field + "; send " + BadRequest.EXPECTED);
        }
        return value.toString();
    }

    /** Key 1 confirms, 2 cancels; returns the new status. */
    public Status decide(String id, String digits) {
        Status status = "1".equals(digits) ? Status.CONFIRMED : Status.CANCELLED;
        book.computeIfPresent(id, (k, a) -> a.with(a.calls(), status));
        return status;
    }

    /** The next reminder call, or null (and UNREACHED) once the appointment had its calls. */
    public VoiceMessage callAgain(String id) {
        Appointment a = book.get(id);
        if (a == null) {
            return null;
        }
        if (a.calls() >= maxCalls) {
            book.put(id, a.with(a.calls(), Status.UNREACHED));
            return null;
        }
        return call(id);
    }

    public Appointment get(String id) {
        return book.get(id);
    }

    private VoiceMessage call(String id) {
        Appointment a = book.computeIfPresent(id, (k, old) -> old.with(old.calls() + 1, old.status()));
        return VoiceMessage.builder().to(a.to()).customString(a.id()).requireInput(true)
                .body("Hello. This is a reminder of " + a.description() + ". Press 1 to confirm. Press 2 to cancel.")
                .build();
    }
}
