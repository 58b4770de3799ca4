package io.github.camelclicksend.voice.examples.yaml;

import org.apache.camel.main.Main;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * Runs the YAML routes of src/main/resources/routes with Camel Main: one call placed through clicksend-voice:send,
 * then its delivery receipt read once. With CLICKSEND_USERNAME and CLICKSEND_API_KEY set it calls ClickSend (a free
 * test number); without them it starts the ClickSend simulator in-process. The component is configured by
 * properties only, as a YAML user would in application.properties.
 */
public final class YamlDslExample {

    static final String CLICKSEND_URL = "https://rest.clicksend.com/v3";
    /** The call and its receipt. */
    static final int EXCHANGES = 2;
    static final int MAX_SECONDS = 300;

    private YamlDslExample() {
    }

    public static void main(String[] args) throws Exception {
        String username = System.getenv("CLICKSEND_USERNAME");
        String apiKey = System.getenv("CLICKSEND_API_KEY");
        if (isSet(username) && isSet(apiKey)) {
            System.out.println("Calling ClickSend at " + CLICKSEND_URL + " as CLICKSEND_USERNAME; waiting up to "
                               + MAX_SECONDS + " s for the receipt.");
            run(create(CLICKSEND_URL, username, apiKey));
            return;
        }
        try (ClickSendSimulator simulator = ClickSendSimulator.start()) {
            System.out.println("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not set: using the ClickSend simulator "
                               + "started in-process at " + simulator.baseUrl() + ".");
            run(create(simulator.baseUrl(), simulator.username(), simulator.apiKey()));
        }
    }

    /** A Camel Main with the YAML routes, and the clicksend-voice component set by properties for this API. */
    public static Main create(String baseUrl, String username, String apiKey) {
        Main main = new Main();
        // application.properties sets camel.component.clicksend-voice.* from these placeholders
        main.addOverrideProperty("clicksend.base-url", baseUrl);
        main.addOverrideProperty("clicksend.username", username);
        main.addOverrideProperty("clicksend.api-key", apiKey);
        return main;
    }

    private static void run(Main main) throws Exception {
        main.configure().withDurationMaxMessages(EXCHANGES).withDurationMaxSeconds(MAX_SECONDS);
        main.run();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
