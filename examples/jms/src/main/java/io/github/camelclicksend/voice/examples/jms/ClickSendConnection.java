package io.github.camelclicksend.voice.examples.jms;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/** Where the calls go: ClickSend itself, or the simulator. The API key never leaves this record. */
public record ClickSendConnection(String baseUrl, String username, String apiKey) {

    public static final String CLICKSEND_URL = "https://rest.clicksend.com/v3";

    /** ClickSend when CLICKSEND_USERNAME and CLICKSEND_API_KEY are set, else null. */
    public static ClickSendConnection fromEnvironment() {
        String username = System.getenv("CLICKSEND_USERNAME");
        String apiKey = System.getenv("CLICKSEND_API_KEY");
        if (username == null || username.isBlank() || apiKey == null || apiKey.isBlank()) {
            return null;
        }
        return new ClickSendConnection(CLICKSEND_URL, username, apiKey);
    }

    ClickSendVoiceComponent component() {
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setUsername(username);
        component.getConfiguration().setApiKey(apiKey);
        return component;
    }

    @Override
    public String toString() {
        return "ClickSendConnection[" + baseUrl + "]";
    }
}
