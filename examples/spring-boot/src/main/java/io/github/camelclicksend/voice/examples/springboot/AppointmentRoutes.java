package io.github.camelclicksend.voice.examples.springboot;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;

/**
 * The appointments over HTTP: {@code POST /appointments} books one and places its first reminder call (see
 * {@link ReminderRoutes}); {@code GET /appointments/{id}} shows where it stands and how it got there;
 * {@code GET /appointments} lists them all. Errors answer with a status and JSON, as {@link FailureResponse} says.
 */
@Component
public class AppointmentRoutes extends RouteBuilder {

    /** The id of the appointment this exchange booked, until its first call is placed. */
    private static final String BOOKED = "bookedAppointment";

    private final Appointments appointments;

    public AppointmentRoutes(Appointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .process(this::forgetBookingNeverCalled)
                .process(new FailureResponse());

        // {"id":"appt-42","to":"+61411111111","description":"your dental check-up on Monday at 9"}
        from("platform-http:/appointments?httpMethodRestrict=POST").routeId("book-appointment")
                .removeHeaders("*")
                .process(e -> {
                    AppointmentRequest request = AppointmentRequest.read(e.getIn().getBody(String.class));
                    try {
                        appointments.book(request.id(), request.to(), request.description());
                    } catch (DuplicateKeyException taken) {
                        throw new RequestException(409, "id", "Appointment " + request.id() + " exists already");
                    }
                    e.setProperty(BOOKED, request.id());
                    e.getIn().setBody(request.id());
                })
                .to("direct:remind")
                .process(e -> {
                    String called = (String) e.removeProperty(BOOKED);
                    e.getIn().setBody(appointments.get(called).orElseThrow());
                })
                .to("direct:answer-json");

        from("platform-http:/appointments/{id}?httpMethodRestrict=GET").routeId("get-appointment")
                .process(e -> {
                    String id = e.getIn().getHeader("id", String.class);
                    e.getIn().setBody(appointments.get(id).orElseThrow(
                            () -> new RequestException(404, "id", "No appointment " + id)));
                })
                .to("direct:answer-json");

        from("platform-http:/appointments?httpMethodRestrict=GET").routeId("list-appointments")
                .process(e -> e.getIn().setBody(appointments.all()))
                .to("direct:answer-json");

        from("direct:answer-json").routeId("answer-json")
                .removeHeaders("*")
                .marshal().json()
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }

    /**
     * A booking whose first call surely was not placed (invalid, rejected, ClickSend unreachable) is taken back, so
     * that the same request may be sent again; one whose call may have been placed stays, CALLED.
     */
    private void forgetBookingNeverCalled(Exchange exchange) {
        String booked = exchange.getProperty(BOOKED, String.class);
        if (booked != null && !(exchange.getProperty(Exchange.EXCEPTION_CAUGHT)
                instanceof ClickSendVoiceOutcomeUnknownException)) {
            appointments.forget(booked);
        }
    }
}
