package io.github.camelclicksend.voice.examples.vertx;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.examples.vertx.AppointmentBook.Status;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.PushFormat;
import io.github.camelclicksend.voice.simulator.PushRecord;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reminder loop on Camel Main and Vert.x, offline: the simulator's callees press keys or do not answer, and the
 * simulator pushes every receipt (as JSON here, to show the webhook takes that too) to the service.
 */
class ReminderServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keysConfirmOrCancelAndUnansweredCallsAreCalledAgainLater() throws Exception {
        int port = freePort();
        try (ClickSendSimulator sim = ClickSendSimulator.builder().pushFormat(PushFormat.JSON).start()) {
            sim.callees().customString("appt-confirm").presses("1");
            sim.callees().customString("appt-cancel").presses("2");
            sim.callees().customString("appt-retry").pressesNothing().then().presses("1");
            sim.callees().customString("appt-never").unanswered();

            Main main = ReminderService.create(sim.baseUrl(), sim.username(), sim.apiKey(), "test-token-0123456789abc");
            main.addOverrideProperty("reminder.port", String.valueOf(port));
            main.addOverrideProperty("reminder.retry-delay", "1s");
            main.addOverrideProperty("reminder.max-calls", "2");
            ReminderService.pushReceiptsHere(main, sim);
            main.start();
            try (LogLines reminderLog = LogLines.of("reminders")) {
                AppointmentBook book = main.getCamelContext().getRegistry().lookupByNameAndType("appointments",
                        AppointmentBook.class);
                book(port, "appt-confirm", "+61411111111", "your dental check-up on Monday at 9");
                book(port, "appt-cancel", "+61422222222", "your eye test on Tuesday at 10");
                book(port, "appt-retry", "+61433333333", "your physiotherapy on Wednesday at 11");
                book(port, "appt-never", "+61444444444", "your blood test on Thursday at 8");

                await().atMost(Duration.ofSeconds(30)).until(() -> book.get("appt-confirm").status() == Status.CONFIRMED
                        && book.get("appt-cancel").status() == Status.CANCELLED
                        && book.get("appt-retry").status() == Status.CONFIRMED
                        && book.get("appt-never").status() == Status.UNREACHED);

                List<SimulatedCall> retried = calls(sim, "appt-retry");
                assertThat(retried).hasSize(2);
                assertThat(retried.get(1).schedule()).as("placed again later, with ClickSend's schedule").isNotNull();
                assertThat(calls(sim, "appt-never")).hasSize(2);
                assertThat(calls(sim, "appt-confirm")).singleElement().satisfies(call -> {
                    assertThat(call.requireInput()).isTrue();
                    assertThat(call.lang()).isEqualTo("en-au");
                    assertThat(call.body()).contains("dental check-up").contains("Press 1 to confirm. Press 2 to cancel.");
                });
                assertThat(sim.pushes()).hasSize(6).allMatch(PushRecord::delivered)
                        .allMatch(push -> push.format() == PushFormat.JSON);
                assertThat(reminderLog.lines()).contains("appt-confirm: CONFIRMED", "appt-cancel: CANCELLED")
                        .anyMatch(line -> line.startsWith("appt-retry: not confirmed yet, called again at "))
                        .noneMatch(line -> sim.acceptedMessages().stream().anyMatch(c -> line.contains(c.messageId())));
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void aBookingThatCannotBeTakenAnswers400WithJsonAndCallsNobody() throws Exception {
        int port = freePort();
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Main main = ReminderService.create(sim.baseUrl(), sim.username(), sim.apiKey(), "test-token-0123456789abc");
            main.addOverrideProperty("reminder.port", String.valueOf(port));
            main.start();
            try {
                assertBadRequest(post(port, "appointment for appt-42 please"), null,
                        "The body must be a JSON object such as " + BadRequest.EXPECTED);
                assertBadRequest(post(port, "{\"id\":\"appt-42\",\"description\":\"your check-up\"}"), null,
                        "The booking has no to; send " + BadRequest.EXPECTED);
                assertBadRequest(post(port, "{\"id\":\"appt-42\",\"to\":\"0411111111\",\"description\":\"x\"}"), "to",
                        "Invalid to of message 0: '0411111111' is a local number");
                assertThat(sim.acceptedMessages()).isEmpty();
            } finally {
                main.stop();
            }
        }
    }

    private static void assertBadRequest(HttpResponse<String> answer, String field, String messageStart)
            throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.path("field").textValue()).isEqualTo(field);
        assertThat(json.path("message").textValue()).startsWith(messageStart);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static HttpResponse<String> post(int port, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/appointments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void book(int port, String id, String to, String description) throws Exception {
        HttpResponse<String> answer = post(port, "{\"id\":\"" + id + "\",\"to\":\"" + to + "\",\"description\":\""
                                                 + description + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{\"appointment\":\"" + id + "\",\"messageId\":\"");
    }

    private static List<SimulatedCall> calls(ClickSendSimulator sim, String appointment) {
        return sim.acceptedMessages().stream().filter(c -> appointment.equals(c.customString())).toList();
    }
}
