package io.github.camelclicksend.voice.examples.springboot;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.model.VoiceMessage;

import static io.github.camelclicksend.voice.examples.springboot.Appointments.Status.CANCELLED;
import static io.github.camelclicksend.voice.examples.springboot.Appointments.Status.CONFIRMED;
import static io.github.camelclicksend.voice.examples.springboot.Appointments.Status.UNREACHED;

/**
 * The appointment reminder loop: {@code POST /appointments} books an appointment and calls the patient, asking them
 * to press 1 to confirm or 2 to cancel; ClickSend pushes the call's receipt back to the webhook, whose digits confirm
 * or cancel the appointment named by the receipt's custom string; a call nobody answered (or answered without a
 * choice) is placed again later, with ClickSend's schedule, up to {@code reminder.max-calls} calls.
 */
@Component
public class ReminderRoutes extends RouteBuilder {

    private final Appointments appointments;
    private final long retryDelaySeconds;
    private final int maxCalls;

    public ReminderRoutes(Appointments appointments, @Value("${reminder.retry-delay-seconds}") long retryDelaySeconds,
                          @Value("${reminder.max-calls}") int maxCalls) {
        this.appointments = appointments;
        this.retryDelaySeconds = retryDelaySeconds;
        this.maxCalls = maxCalls;
    }

    @Override
    public void configure() {
        // {"id":"appt-42","to":"+61411111111","description":"your dental check-up on Monday at 9"}
        from("platform-http:/appointments?httpMethodRestrict=POST").routeId("book-appointment")
                .removeHeaders("*")
                .unmarshal().json(Map.class)
                .process(e -> {
                    Map<?, ?> in = e.getIn().getBody(Map.class);
                    e.getIn().setBody(appointments.book(String.valueOf(in.get("id")), String.valueOf(in.get("to")),
                            String.valueOf(in.get("description"))));
                })
                .to("direct:remind")
                .process(e -> e.getIn().setBody(appointments.get(e.getProperty("appointment", String.class))))
                .marshal().json()
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:remind").routeId("remind")
                .process(e -> {
                    Appointments.Appointment a = e.getIn().getBody(Appointments.Appointment.class);
                    e.setProperty("appointment", a.id());
                    appointments.called(a.id());
                    e.getIn().setBody(VoiceMessage.builder().to(a.to()).customString(a.id()).requireInput(true)
                            .body("Hello. This is a reminder of " + a.description() + ". Press 1 to confirm. "
                                  + "Press 2 to cancel.")
                            .build());
                })
                .to("clicksend-voice:send");

        // receipts pushed by ClickSend; the token comes from camel.component.clicksend-voice.webhook-token
        from("clicksend-voice:receipts?webhook=true").routeId("reminder-answers")
                // ClickSend may push a receipt twice: act once per message and status
                .idempotentConsumer(simple("${header.CamelClickSendVoiceMessageId}-${header.CamelClickSendVoiceStatusCode}"),
                        MemoryIdempotentRepository.memoryIdempotentRepository(10_000))
                .choice()
                    .when(header(ClickSendVoiceConstants.DIGITS).isEqualTo("1"))
                        .process(e -> appointments.decide(appointment(e), CONFIRMED))
                    .when(header(ClickSendVoiceConstants.DIGITS).isEqualTo("2"))
                        .process(e -> appointments.decide(appointment(e), CANCELLED))
                    .otherwise()
                        .to("direct:call-again-later")
                .end();

        from("direct:call-again-later").routeId("call-again-later")
                .process(e -> {
                    Appointments.Appointment a = appointments.get(appointment(e));
                    e.getIn().setBody(a);
                    if (a != null && a.calls() >= maxCalls) {
                        appointments.decide(a.id(), UNREACHED);
                        e.getIn().setBody(null);
                    }
                })
                .filter(body().isNotNull())
                .process(e -> e.getIn().setHeader(ClickSendVoiceConstants.SCHEDULE,
                        Instant.now().plusSeconds(retryDelaySeconds)))
                .to("direct:remind");
    }

    private static String appointment(Exchange e) {
        return e.getIn().getHeader(ClickSendVoiceConstants.CUSTOM_STRING, String.class);
    }
}
