package io.github.camelclicksend.voice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator's console in a real browser: a call posted to the API shows on the page, a person presses 1 on it,
 * and the receipt reaches both of the component's consumers, polled and pushed.
 */
class SimulatorConsoleTest {

    private static final String TOKEN = "console-webhook-token-5b7d21e0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static ClickSendSimulator sim;
    private static int webhookPort;
    private static CamelContext camel;
    private static ChromeDriver browser;
    private static final List<Map<String, Object>> polled = new CopyOnWriteArrayList<>();
    private static final List<Map<String, Object>> pushed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sim = ClickSendSimulator.start();
        try (ServerSocket free = new ServerSocket(0)) {
            webhookPort = free.getLocalPort();
        }
        camel = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(webhookPort);
        camel.addService(new VertxPlatformHttpServer(server));
        String account = "baseUrl=" + sim.baseUrl() + "&username=" + sim.username() + "&apiKey=RAW(" + sim.apiKey() + ")";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?delay=200&initialDelay=0&" + account).routeId("polled")
                        .process(e -> polled.add(new HashMap<>(e.getIn().getHeaders())));
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")&" + account)
                        .routeId("pushed")
                        .process(e -> pushed.add(new HashMap<>(e.getIn().getHeaders())));
            }
        });
        camel.start();
        // the rule a user adds once in ClickSend's dashboard
        sim.addReceiptRule("URL", "http://127.0.0.1:" + webhookPort + "/clicksend-voice/receipts?token=" + TOKEN);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (camel != null) {
            camel.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    /** Every URL the page requested (since the last check) is the simulator's: the page, its files, its JSON. */
    private static void thePageRequestedNothingBut(ClickSendSimulator simulator) {
        List<String> urls = Chromium.requestedUrls(browser);
        assertThat(urls).contains(simulator.consoleUrl(), simulator.consoleUrl() + "_simulator/console/console.js",
                        simulator.consoleUrl() + "_simulator/console/state")
                .allSatisfy(url -> assertThat(url).startsWith(simulator.consoleUrl()));
    }

    /** Opens the console of this simulator in a blank tab, forgetting what the browser requested before. */
    private static void open(ClickSendSimulator simulator) {
        browser.get("about:blank");
        Chromium.requestedUrls(browser);
        browser.get(simulator.consoleUrl());
    }

    @Test
    void aPostedCallShowsWithinTwoSecondsAndPressing1ReachesThePollerAndTheWebhook() throws Exception {
        open(sim);
        WebElement ringHere = browser.findElement(By.id("ring-here"));
        waitUpTo(Duration.ofSeconds(5)).until(b -> ringHere.isDisplayed());
        ringHere.click(); // calls without a callee script ring here
        await().atMost(Duration.ofSeconds(5)).until(() -> consoleState(sim).path("ringing_here").asBoolean());
        // the polling consumer's first poll is over (it makes sure of a POLL rule there): receipts from now on are kept
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.requests("GET", "/v3/voice/receipts").size() >= 2);

        String messageId = send(sim, "{\"to\":\"+61411111111\",\"body\":\"Your appointment is on Monday at 9. Press 1 to"
                + " confirm.\",\"lang\":\"en-au\",\"voice\":\"female\",\"custom_string\":\"appt-42\",\"require_input\":1}");

        By row = By.cssSelector("tr[data-message-id='" + messageId + "']");
        waitUpTo(Duration.ofSeconds(2)).until(b -> !b.findElements(row).isEmpty());
        waitUpTo(Duration.ofSeconds(10)).until(b -> statusOf(row).startsWith("ringing"));
        assertThat(browser.findElement(row).getText()).contains("+61411111111", "appt-42", "en-au", "Press 1");

        clickWhenStill(By.cssSelector("tr[data-message-id='" + messageId + "'] button[data-key='1']"));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(polled).anySatisfy(h -> receiptOf(h, messageId));
            assertThat(pushed).anySatisfy(h -> receiptOf(h, messageId));
        });
        waitUpTo(Duration.ofSeconds(5)).until(b -> statusOf(row).startsWith("answered"));
        assertThat(statusOf(row)).contains("201", "digits 1");
        String page = browser.getPageSource();
        assertThat(page).doesNotContain(TOKEN).doesNotContain(sim.apiKey()).contains("token=****");
        thePageRequestedNothingBut(sim);
    }

    @Test
    void aScreenshotOfThreeCallsInThreeStates() throws Exception {
        try (ClickSendSimulator shown = ClickSendSimulator.builder().rateLimit(600).start()) {
            shown.addReceiptRule("URL", "http://127.0.0.1:" + webhookPort + "/clicksend-voice/receipts?token=" + TOKEN);
            shown.faults().onPath("/voice/send").skip(10).next(1).respond(503);
            shown.callees().number("+61422222222").rings();
            shown.callees().number("+61433333333").presses("1");
            open(shown);
            threeCallsInThreeStates(shown);
            thePageRequestedNothingBut(shown);
        }
    }

    @Test
    void withoutJavaScriptThePageSaysWhatItNeeds() {
        browser.get("about:blank");
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.get(sim.consoleUrl());
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .contains("This console needs JavaScript", "/_simulator/requests")
                    .doesNotContain("Calls newest first");
            assertThat(browser.findElement(By.id("console")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private static void threeCallsInThreeStates(ClickSendSimulator shown) throws Exception {
        String ringing = send(shown, "{\"to\":\"+61422222222\",\"body\":\"Your dental check-up is on Monday at 9. Press 1 to"
                + " confirm. Press 2 to cancel.\",\"custom_string\":\"appt-7\",\"require_input\":1}");
        String answered = send(shown, "{\"to\":\"+61433333333\",\"body\":\"Your eye test is on Tuesday at 11. Press 1 to"
                + " confirm.\",\"voice\":\"male\",\"lang\":\"en-gb\",\"custom_string\":\"appt-9\",\"require_input\":1}");
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        String scheduled = send(shown, "{\"to\":\"+61444444444\",\"body\":\"Rappel : votre rendez-vous est demain.\","
                + "\"lang\":\"fr-fr\",\"custom_string\":\"appt-8\",\"schedule\":" + tomorrow + "}");

        for (Map.Entry<String, String> call : Map.of(ringing, "ringing", answered, "answered", scheduled, "scheduled")
                .entrySet()) {
            By row = By.cssSelector("tr[data-message-id='" + call.getKey() + "']");
            waitUpTo(Duration.ofSeconds(10)).until(b -> !b.findElements(row).isEmpty()
                    && statusOf(row).startsWith(call.getValue()));
        }
        waitUpTo(Duration.ofSeconds(10)).until(b -> b.findElement(By.id("pushes")).getText().contains(answered));

        Path screenshot = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "simulator-console.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private static void receiptOf(Map<String, Object> headers, String messageId) {
        assertThat(headers).containsEntry("CamelClickSendVoiceMessageId", messageId)
                .containsEntry("CamelClickSendVoiceDigits", "1");
    }

    private static WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String statusOf(By row) {
        return browser.findElement(row).findElement(By.className("status-cell")).getText().replace('\n', ' ');
    }

    /** Clicks once the element is found (the page may re-render the row between finding and clicking). */
    private static void clickWhenStill(By button) {
        waitUpTo(Duration.ofSeconds(5)).until(b -> {
            b.findElement(button).click();
            return true;
        });
    }

    private static JsonNode consoleState(ClickSendSimulator sim) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sim.consoleUrl()
                + "_simulator/console/state")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).path("data");
    }

    /** POST /v3/voice/send with one message; returns its message_id. */
    private static String send(ClickSendSimulator sim, String message) throws Exception {
        String basic = Base64.getEncoder().encodeToString((sim.username() + ":" + sim.apiKey())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/voice/send"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[" + message + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode row = JSON.readTree(answer.body()).path("data").path("messages").path(0);
        assertThat(row.path("status").asText()).isEqualTo("SUCCESS");
        return row.path("message_id").asText();
    }
}
