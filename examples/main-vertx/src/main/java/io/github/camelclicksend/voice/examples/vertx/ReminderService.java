package io.github.camelclicksend.voice.examples.vertx;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * The appointment reminder loop on Camel Main, with the YAML routes of src/main/resources/routes and platform-http
 * served by an embedded Vert.x server: POST /appointments books and calls, and ClickSend pushes each call's receipt
 * to /clicksend-voice/receipts. With CLICKSEND_USERNAME, CLICKSEND_API_KEY and RECEIPT_WEBHOOK_TOKEN set it calls
 * ClickSend (set PUBLIC_URL too, for the receipt rule to be registered); without the credentials it starts the
 * ClickSend simulator in-process and has it push the receipts here.
 */
public final class ReminderService {

    static final String CLICKSEND_URL = "https://rest.clicksend.com/v3";

    private ReminderService() {
    }

    public static void main(String[] args) throws Exception {
        String username = System.getenv("CLICKSEND_USERNAME");
        String apiKey = System.getenv("CLICKSEND_API_KEY");
        if (isSet(username) && isSet(apiKey)) {
            Main main = create(CLICKSEND_URL, username, apiKey, System.getenv("RECEIPT_WEBHOOK_TOKEN"));
            if (isSet(System.getenv("PUBLIC_URL"))) {
                main.addOverrideProperty("reminder.public-url", System.getenv("PUBLIC_URL"));
            }
            main.run();
            return;
        }
        try (ClickSendSimulator simulator = ClickSendSimulator.start()) {
            System.out.println("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not set: calls go to the ClickSend "
                               + "simulator started in-process at " + simulator.baseUrl() + ".");
            Main main = create(simulator.baseUrl(), simulator.username(), simulator.apiKey(),
                    UUID.randomUUID().toString());
            pushReceiptsHere(main, simulator);
            main.run();
        }
    }

    /** A Camel Main with the YAML routes, the appointment book and the Vert.x server, set by properties. */
    public static Main create(String baseUrl, String username, String apiKey, String webhookToken) {
        Main main = new Main();
        // application.properties sets camel.component.clicksend-voice.* from these placeholders
        main.addOverrideProperty("clicksend.base-url", baseUrl);
        main.addOverrideProperty("clicksend.username", username);
        main.addOverrideProperty("clicksend.api-key", apiKey);
        main.addOverrideProperty("reminder.webhook-token", webhookToken == null ? "" : webhookToken);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                CamelContext camel = configured.getCamelContext();
                camel.getRegistry().bind("appointments", new AppointmentBook(
                        Integer.parseInt(camel.resolvePropertyPlaceholders("{{reminder.max-calls}}"))));
                VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
                server.setBindPort(Integer.parseInt(camel.resolvePropertyPlaceholders("{{reminder.port}}")));
                try {
                    camel.addService(new VertxPlatformHttpServer(server));
                } catch (Exception e) {
                    throw new IllegalStateException("The HTTP server could not be added", e);
                }
            }
        });
        return main;
    }

    /** What a user does once in ClickSend's dashboard: a receipt rule that pushes to this service's webhook. */
    static void pushReceiptsHere(Main main, ClickSendSimulator simulator) {
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                CamelContext camel = configured.getCamelContext();
                String token = camel.resolvePropertyPlaceholders("{{reminder.webhook-token}}");
                String url = "http://127.0.0.1:" + camel.resolvePropertyPlaceholders("{{reminder.port}}")
                             + "/clicksend-voice/receipts?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                try {
                    // once the webhook listens
                    camel.addStartupListener((context, alreadyStarted) -> simulator.addReceiptRule("URL", url));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
