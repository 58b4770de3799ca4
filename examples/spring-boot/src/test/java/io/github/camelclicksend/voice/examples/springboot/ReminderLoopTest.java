package io.github.camelclicksend.voice.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.github.camelclicksend.voice.examples.springboot.Appointments.Status;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.PushRecord;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appointment reminder loop end to end, offline: the service calls, the simulator's callees press keys (or do not
 * answer), the simulator pushes each call's receipt to the service's webhook, and the appointments are confirmed,
 * cancelled, or called again later.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "CLICKSEND_USERNAME=", "CLICKSEND_API_KEY=", "reminder.retry-delay-seconds=1", "reminder.max-calls=2" })
class ReminderLoopTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ClickSendSimulator simulator;
    @Autowired
    Appointments appointments;

    @Test
    void pressedKeysConfirmOrCancelAndUnansweredCallsAreCalledAgainLater() throws Exception {
        simulator.callees().customString("appt-confirm").presses("1");
        simulator.callees().customString("appt-cancel").presses("2");
        simulator.callees().customString("appt-retry").unanswered().then().presses("1");
        simulator.callees().customString("appt-never").unanswered();

        book("appt-confirm", "+61411111111", "your dental check-up on Monday at 9");
        book("appt-cancel", "+61422222222", "your eye test on Tuesday at 10");
        book("appt-retry", "+61433333333", "your physiotherapy on Wednesday at 11");
        book("appt-never", "+61444444444", "your blood test on Thursday at 8");

        await().atMost(Duration.ofSeconds(30)).until(() -> status("appt-confirm") == Status.CONFIRMED
                && status("appt-cancel") == Status.CANCELLED && status("appt-retry") == Status.CONFIRMED
                && status("appt-never") == Status.UNREACHED);

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
        assertThat(appointments.get("appt-confirm").calls()).isEqualTo(1);
        assertThat(appointments.get("appt-never").calls()).isEqualTo(2);
        // every receipt was pushed to the webhook and accepted at once
        assertThat(simulator.pushes()).hasSize(6).allMatch(PushRecord::delivered)
                .allMatch(push -> push.url().contains("/clicksend-voice/receipts?token="));
    }

    private void book(String id, String to, String description) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                                                                  + "/appointments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"to\":\"" + to
                                                          + "\",\"description\":\"" + description + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"id\":\"" + id + "\"").contains("\"calls\":1");
    }

    private Status status(String id) {
        return appointments.get(id).status();
    }

    private List<SimulatedCall> calls(String appointment) {
        return simulator.acceptedMessages().stream().filter(c -> appointment.equals(c.customString())).toList();
    }
}
