package io.github.camelclicksend.voice.examples.springboot;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.PushRecord;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appointment reminder loop end to end, offline, read as a user reads it (GET /appointments/{id} and the log):
 * the service calls, the simulator's callees press keys (or do not answer), the simulator pushes each call's receipt
 * to the service's webhook, and the appointments are confirmed, cancelled, or called again later.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "CLICKSEND_USERNAME=", "CLICKSEND_API_KEY=", "reminder.retry-delay-seconds=1", "reminder.max-calls=2",
        "spring.datasource.url=jdbc:h2:mem:reminder-loop;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class ReminderLoopTest {

    private static final Map<String, String> PHONES = Map.of("appt-confirm", "+61411111111",
            "appt-cancel", "+61422222222", "appt-retry", "+61433333333", "appt-never", "+61444444444");

    @LocalServerPort
    int port;
    @Autowired
    ClickSendSimulator simulator;
    AppointmentsOverHttp appointments;

    @BeforeEach
    void client() {
        appointments = new AppointmentsOverHttp(port);
    }

    @Test
    void pressedKeysConfirmOrCancelAndUnansweredCallsAreCalledAgainLater(CapturedOutput output) throws Exception {
        simulator.callees().customString("appt-confirm").presses("1");
        simulator.callees().customString("appt-cancel").presses("2");
        simulator.callees().customString("appt-retry").unanswered().then().presses("1");
        simulator.callees().customString("appt-never").unanswered();

        appointments.book("appt-confirm", PHONES.get("appt-confirm"), "your dental check-up on Monday at 9");
        appointments.book("appt-cancel", PHONES.get("appt-cancel"), "your eye test on Tuesday at 10");
        appointments.book("appt-retry", PHONES.get("appt-retry"), "your physiotherapy on Wednesday at 11");
        appointments.book("appt-never", PHONES.get("appt-never"), "your blood test on Thursday at 8");

        await().atMost(Duration.ofSeconds(30)).until(() -> appointments.state("appt-confirm").equals("CONFIRMED")
                && appointments.state("appt-cancel").equals("CANCELLED")
                && appointments.state("appt-retry").equals("CONFIRMED")
                && appointments.state("appt-never").equals("UNREACHED"));

        Map<String, List<String>> expected = Map.of(
                "appt-confirm", List.of("BOOKED", "CALLED", "CONFIRMED"),
                "appt-cancel", List.of("BOOKED", "CALLED", "CANCELLED"),
                "appt-retry", List.of("BOOKED", "CALLED", "CALLED", "CONFIRMED"),
                "appt-never", List.of("BOOKED", "CALLED", "CALLED", "UNREACHED"));
        for (Map.Entry<String, List<String>> appointment : expected.entrySet()) {
            String id = appointment.getKey();
            assertThat(appointments.history(id)).as(id).isEqualTo(appointment.getValue());
            assertThat(StateLog.states(output.getAll(), id)).as("INFO lines of " + id)
                    .isEqualTo(appointment.getValue());
            assertThat(appointments.appointment(id).get("calls").asInt()).isEqualTo(calls(id).size());
        }
        assertThat(output.getAll()).as("one line per change, e.g.").contains("appt-confirm: CONFIRMED")
                .as("no phone number in the log").doesNotContain(PHONES.values());

        List<SimulatedCall> retried = calls("appt-retry");
        assertThat(retried).hasSize(2);
        assertThat(retried.get(0).schedule()).isNull();
        assertThat(retried.get(1).schedule()).as("placed again later, with ClickSend's schedule").isNotNull();
        assertThat(calls("appt-never")).hasSize(2);
        assertThat(calls("appt-confirm")).singleElement().satisfies(call -> {
            assertThat(call.requireInput()).isTrue();
            assertThat(call.body()).contains("dental check-up").contains("Press 1 to confirm")
                    .contains("Press 2 to cancel");
        });
        // every receipt was pushed to the webhook and accepted at once
        assertThat(simulator.pushes()).filteredOn(push -> PHONES.containsKey(push.fields().get("custom_string")))
                .hasSize(6).allMatch(PushRecord::delivered)
                .allMatch(push -> push.url().contains("/clicksend-voice/receipts?token="));

        JsonNode all = AppointmentsOverHttp.json(appointments.get("/appointments"));
        assertThat(all.findValuesAsText("id")).containsAll(expected.keySet());
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsBooked() throws Exception {
        assertBadRequest(appointments.post("not json"), null);
        assertBadRequest(appointments.post("[\"appt-1\"]"), null);
        assertBadRequest(appointments.post("{\"id\":\"appt-1\",\"description\":\"a check-up\"}"), "to");
        assertBadRequest(appointments.post("{\"id\":\"appt 1/2\",\"to\":\"+61411111111\",\"description\":\"x\"}"),
                "id");
        assertBadRequest(appointments.post("{\"id\":\"appt-1\",\"to\":\"+61411111111\",\"description\":42}"),
                "description");
        // the phone number is checked by the component, before the call is sent: the booking is taken back
        assertBadRequest(appointments.post("{\"id\":\"appt-1\",\"to\":\"0411111111\",\"description\":\"x\"}"), "to");
        assertThat(appointments.get("/appointments/appt-1").statusCode()).isEqualTo(404);
        assertThat(calls("appt-1")).isEmpty();

        appointments.book("appt-1", "+61411111111", "a check-up");
        HttpResponse<String> taken =
                appointments.post("{\"id\":\"appt-1\",\"to\":\"+61422222222\",\"description\":\"another\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(AppointmentsOverHttp.json(taken).get("field").asText()).isEqualTo("id");
        assertThat(calls("appt-1")).hasSize(1);
    }

    @Test
    void anUnknownAppointmentIsA404WithJson() throws Exception {
        HttpResponse<String> answer = appointments.get("/appointments/appt-unknown");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(AppointmentsOverHttp.json(answer).get("message").asText()).contains("appt-unknown");
    }

    private static void assertBadRequest(HttpResponse<String> answer, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode error = AppointmentsOverHttp.json(answer);
        assertThat(error.get("field").isNull() ? null : error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private List<SimulatedCall> calls(String appointment) {
        return simulator.acceptedMessages().stream().filter(c -> appointment.equals(c.customString())).toList();
    }
}
