package io.github.camelclicksend.voice.examples.springboot;

import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.PushRecord;
import io.github.camelclicksend.voice.simulator.SimulatedCall;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook and its polling backstop, across a restart: ClickSend (the simulator, in this JVM, outliving the
 * service) pushes receipts while the service is down, the pushes fail and are given up, and once the service is
 * back the polling consumer brings those receipts to their appointments. Every receipt reaches the route twice
 * (pushed and polled, and polled again after the restart), and still every keypress changes its appointment once
 * and no call is placed twice: the receipts acted on are kept in the database, as the appointments are.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReceiptBackstopTest {

    private static final String TOKEN = "backstop-token-5e1f0a9c";
    /** Long enough for the service to stop between a call placed again and its receipt. */
    private static final int RETRY_DELAY_SECONDS = 6;
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "backstop-confirm", List.of("BOOKED", "CALLED", "CONFIRMED"),
            "backstop-cancel", List.of("BOOKED", "CALLED", "CANCELLED"),
            "backstop-confirm-later", List.of("BOOKED", "CALLED", "CALLED", "CONFIRMED"),
            "backstop-cancel-later", List.of("BOOKED", "CALLED", "CALLED", "CANCELLED"));

    private static final ClickSendSimulator SIMULATOR = ClickSendSimulator.start();

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @TempDir
    Path data;

    @Test
    void keypressesPushedWhileTheServiceIsDownReachTheirAppointmentsOnceAfterTheRestart(CapturedOutput output)
            throws Exception {
        int port = freePort();
        AppointmentsOverHttp appointments = new AppointmentsOverHttp(port);
        // what a user sets up once in ClickSend's dashboard: push the receipts to the service
        SIMULATOR.addReceiptRule("URL", "http://127.0.0.1:" + port + "/clicksend-voice/receipts?token="
                                        + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8));
        SIMULATOR.callees().customString("backstop-confirm").presses("1");
        SIMULATOR.callees().customString("backstop-cancel").presses("2");
        // the second call of these two ends while the service is down
        SIMULATOR.callees().customString("backstop-confirm-later").unanswered().then().presses("1");
        SIMULATOR.callees().customString("backstop-cancel-later").unanswered().then().presses("2");

        ConfigurableApplicationContext service = start(port);
        try {
            awaitPolls(2); // the backstop is polling (and ClickSend keeps receipts for it)
            appointments.book("backstop-confirm", "+61411111111", "your dental check-up on Monday at 9");
            appointments.book("backstop-cancel", "+61422222222", "your eye test on Tuesday at 10");
            appointments.book("backstop-confirm-later", "+61433333333", "your physiotherapy on Wednesday at 11");
            appointments.book("backstop-cancel-later", "+61444444444", "your blood test on Thursday at 8");
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    appointments.state("backstop-confirm").equals("CONFIRMED")
                    && appointments.state("backstop-cancel").equals("CANCELLED")
                    && appointments.appointment("backstop-confirm-later").get("calls").asInt() == 2
                    && appointments.appointment("backstop-cancel-later").get("calls").asInt() == 2);
            // pushed and polled: both reached the route, the second one was known as handled
            String pushed = receipt("backstop-confirm", "1").messageId();
            assertThat(SIMULATOR.pushes()).filteredOn(push -> push.messageId().equals(pushed))
                    .anyMatch(PushRecord::delivered);
            await().atMost(Duration.ofSeconds(10)).until(() -> handledAlready(output.getAll(), pushed));
        } finally {
            service.close();
        }

        // ClickSend pushes the second calls' receipts now, gives up, and keeps them for polling
        await().atMost(Duration.ofSeconds(RETRY_DELAY_SECONDS + 10)).until(() ->
                SIMULATOR.receipts().stream().filter(r -> !r.digits().isEmpty()).count() == 4
                && SIMULATOR.pendingPushes() == 0);
        for (String id : List.of("backstop-confirm-later", "backstop-cancel-later")) {
            String messageId = receipt(id, id.contains("confirm") ? "1" : "2").messageId();
            assertThat(SIMULATOR.pushes()).filteredOn(push -> push.messageId().equals(messageId)).as(id)
                    .isNotEmpty().noneMatch(PushRecord::delivered);
        }
        int logBeforeRestart = output.getAll().length();

        service = start(port);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> appointments.state("backstop-confirm-later").equals(
                    "CONFIRMED") && appointments.state("backstop-cancel-later").equals("CANCELLED"));
            // the receipts acted on before the restart are polled again (still unread) and known as handled
            List<SimulatedReceipt> before = SIMULATOR.receipts().stream()
                    .filter(r -> r.digits().isEmpty() || !r.customString().endsWith("-later")).toList();
            assertThat(before).hasSize(4);
            await().atMost(Duration.ofSeconds(10)).until(() -> before.stream().allMatch(
                    r -> handledAlready(output.getAll().substring(logBeforeRestart), r.messageId())));

            for (Map.Entry<String, List<String>> appointment : EXPECTED.entrySet()) {
                String id = appointment.getKey();
                assertThat(appointments.history(id)).as(id).isEqualTo(appointment.getValue());
                assertThat(StateLog.states(output.getAll(), id)).as("INFO lines of " + id)
                        .isEqualTo(appointment.getValue());
                assertThat(calls(id)).as("calls placed for " + id).hasSize(appointment.getValue().size() - 2);
            }
        } finally {
            service.close();
        }
    }

    private ConfigurableApplicationContext start(int port) {
        return SpringApplication.run(CallServiceApplication.class,
                "--server.port=" + port,
                "--CLICKSEND_USERNAME=" + SIMULATOR.username(),
                "--CLICKSEND_API_KEY=" + SIMULATOR.apiKey(),
                "--camel.component.clicksend-voice.base-url=" + SIMULATOR.baseUrl(),
                "--RECEIPT_WEBHOOK_TOKEN=" + TOKEN,
                // the receipts stay unread on ClickSend for the whole test: the restarted service polls them all
                "--camel.component.clicksend-voice.mark-read-grace=600",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("reminders"),
                "--reminder.backstop-poll-delay=500",
                "--reminder.retry-delay-seconds=" + RETRY_DELAY_SECONDS,
                "--logging.level.reminders=DEBUG");
    }

    private static void awaitPolls(int polls) {
        int before = SIMULATOR.requests("GET", "/voice/receipts").size();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> SIMULATOR.requests("GET", "/voice/receipts").size() >= before + polls);
    }

    private static boolean handledAlready(String log, String messageId) {
        return log.lines().anyMatch(line -> line.contains("receipt " + messageId + ":")
                                            && line.endsWith("handled already"));
    }

    private static SimulatedReceipt receipt(String appointment, String digits) {
        return SIMULATOR.receipts().stream()
                .filter(r -> appointment.equals(r.customString()) && digits.equals(r.digits()))
                .findFirst().orElseThrow();
    }

    private static List<SimulatedCall> calls(String appointment) {
        return SIMULATOR.acceptedMessages().stream().filter(c -> appointment.equals(c.customString())).toList();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
