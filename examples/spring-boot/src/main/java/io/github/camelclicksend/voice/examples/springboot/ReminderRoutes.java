package io.github.camelclicksend.voice.examples.springboot;

import java.time.Instant;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.model.VoiceMessage;

import static io.github.camelclicksend.voice.examples.springboot.Appointments.State.CANCELLED;
import static io.github.camelclicksend.voice.examples.springboot.Appointments.State.CONFIRMED;
import static io.github.camelclicksend.voice.examples.springboot.Appointments.State.UNREACHED;

/**
 * The appointment reminder loop: a call asks the patient to press 1 to confirm or 2 to cancel; the call's receipt,
 * pushed by ClickSend to the webhook and also polled as a backstop, confirms or cancels the appointment named by
 * its custom string; a call that ended without a choice is placed again later, with ClickSend's schedule, up to
 * {@code reminder.max-calls} calls, and then the appointment is UNREACHED.
 */
@Component
public class ReminderRoutes extends RouteBuilder {

    /**
     * Receipt status codes that only say the call is under way, as ClickSend documents them for SMS: 200 queued or
     * sent, 300 a temporary failure ClickSend retries itself. A receipt with one of them changes nothing.
     */
    private static final Set<String> UNDER_WAY = Set.of("200", "300");

    private final Appointments appointments;
    private final IdempotentRepository handledReceipts;
    private final long retryDelaySeconds;
    private final int maxCalls;

    public ReminderRoutes(Appointments appointments, IdempotentRepository handledReceipts,
                          @Value("${reminder.retry-delay-seconds}") long retryDelaySeconds,
                          @Value("${reminder.max-calls}") int maxCalls) {
        this.appointments = appointments;
        this.handledReceipts = handledReceipts;
        this.retryDelaySeconds = retryDelaySeconds;
        this.maxCalls = maxCalls;
    }

    @Override
    public void configure() {
        // The direct: routes hand a failure back to their caller (noErrorHandler): the HTTP route answers it, the
        // receipt's transaction rolls back.

        // body: the appointment's id. It is CALLED before the call goes out, and a first call's change is committed
        // then (a call placed again is scheduled for later), so no receipt comes before its appointment shows CALLED
        from("direct:remind").routeId("remind").errorHandler(noErrorHandler())
                .process(e -> {
                    Appointments.Appointment a = appointments.calling(e.getIn().getBody(String.class));
                    e.getIn().setBody(VoiceMessage.builder().to(a.to()).customString(a.id()).requireInput(true)
                            .body("Hello. This is a reminder of " + a.description() + ". Press 1 to confirm. "
                                  + "Press 2 to cancel.")
                            .build());
                })
                .to("clicksend-voice:send");

        // receipts pushed by ClickSend; the token comes from camel.component.clicksend-voice.webhook-token
        from("clicksend-voice:receipts?webhook=true").routeId("receipts-pushed")
                .to("direct:receipt");
        // the backstop: receipts whose push never arrived (the service was down, a deploy, a network fault)
        from("clicksend-voice:receipts?delay={{reminder.backstop-poll-delay}}").routeId("receipts-polled")
                .to("direct:receipt");

        from("direct:receipt").routeId("reminder-answers")
                // the receipt's key and what it changed are committed together, or neither is
                .transacted()
                // both consumers hand over every receipt, and ClickSend may push one twice: act on each once
                .idempotentConsumer(header(ClickSendVoiceConstants.RECEIPT_KEY), handledReceipts)
                        .skipDuplicate(false)
                    .choice()
                        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                            .log(LoggingLevel.DEBUG, "reminders",
                                    "receipt ${header.CamelClickSendVoiceReceiptKey} handled already")
                        .when(this::forAnAppointment)
                            .to("direct:answer")
                    .end()
                .end();

        from("direct:answer").routeId("answer").errorHandler(noErrorHandler())
                .choice()
                    .when(header(ClickSendVoiceConstants.DIGITS).isEqualTo("1"))
                        .process(e -> appointments.conclude(appointment(e), CONFIRMED))
                    .when(header(ClickSendVoiceConstants.DIGITS).isEqualTo("2"))
                        .process(e -> appointments.conclude(appointment(e), CANCELLED))
                    .when(e -> UNDER_WAY.contains(e.getIn().getHeader(ClickSendVoiceConstants.STATUS_CODE,
                            String.class)))
                        .log(LoggingLevel.DEBUG, "reminders",
                                "${header.CamelClickSendVoiceCustomString}: call under way")
                    .otherwise()
                        // not answered, answered without a choice, or with another key
                        .to("direct:call-again-later")
                .end();

        from("direct:call-again-later").routeId("call-again-later").errorHandler(noErrorHandler())
                .process(e -> {
                    Appointments.Appointment a = appointments.get(appointment(e)).orElseThrow();
                    e.getIn().setBody(null);
                    if (a.state() != Appointments.State.CALLED) {
                        return; // an answer to a call that is not the one waited for
                    }
                    if (a.calls() >= maxCalls) {
                        appointments.conclude(a.id(), UNREACHED);
                        return;
                    }
                    e.getIn().setBody(a.id());
                    e.getIn().setHeader(ClickSendVoiceConstants.SCHEDULE, Instant.now().plusSeconds(retryDelaySeconds));
                })
                .filter(body().isNotNull())
                .to("direct:remind");
    }

    /** Whether a receipt is for a reminder call: other calls of the account (POST /calls) have receipts too. */
    private boolean forAnAppointment(Exchange exchange) {
        String id = appointment(exchange);
        return id != null && appointments.get(id).isPresent();
    }

    private static String appointment(Exchange e) {
        return e.getIn().getHeader(ClickSendVoiceConstants.CUSTOM_STRING, String.class);
    }
}
