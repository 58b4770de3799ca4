package io.github.camelclicksend.voice.examples.quickstart;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.main.Main;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * Places the calls of calls.csv through clicksend-voice:send and prints what ClickSend answered. With
 * CLICKSEND_USERNAME and CLICKSEND_API_KEY set it calls ClickSend (the CSV holds ClickSend's free test numbers);
 * without them it starts the ClickSend simulator in-process.
 */
public final class QuickStart {

    static final String CLICKSEND_URL = "https://rest.clicksend.com/v3";

    private QuickStart() {
    }

    public static void main(String[] args) throws Exception {
        String username = System.getenv("CLICKSEND_USERNAME");
        String apiKey = System.getenv("CLICKSEND_API_KEY");
        if (isSet(username) && isSet(apiKey)) {
            System.out.println("Calling ClickSend at " + CLICKSEND_URL + " as CLICKSEND_USERNAME.");
            run(CLICKSEND_URL, username, apiKey, System.out);
            return;
        }
        try (ClickSendSimulator simulator = ClickSendSimulator.start()) {
            System.out.println("CLICKSEND_USERNAME and CLICKSEND_API_KEY are not set: using the ClickSend simulator "
                               + "started in-process at " + simulator.baseUrl() + ".");
            run(simulator.baseUrl(), simulator.username(), simulator.apiKey(), System.out);
        }
    }

    /** Runs the route once against this API and prints the table to out. */
    public static VoiceSendResult run(String baseUrl, String username, String apiKey, PrintStream out)
            throws Exception {
        ClickSendVoiceComponent clicksend = new ClickSendVoiceComponent();
        clicksend.getConfiguration().setBaseUrl(baseUrl);
        clicksend.getConfiguration().setUsername(username);
        clicksend.getConfiguration().setApiKey(apiKey);

        AtomicReference<VoiceSendResult> result = new AtomicReference<>();
        Main main = new Main();
        main.bind("clicksend-voice", clicksend);
        main.configure().addRoutesBuilder(new QuickStartRoute(out, result));
        main.configure().withName("quickstart").withDurationMaxMessages(1);
        main.run();
        return result.get();
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
