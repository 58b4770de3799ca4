package io.github.camelclicksend.voice.example.karaf;

import org.osgi.framework.BundleContext;

/**
 * Where the example calls and as whom. Karaf properties ({@code etc/system.properties} or {@code etc/config.properties})
 * come first; then {@code CLICKSEND_USERNAME} and {@code CLICKSEND_API_KEY} from the environment, which mean the real
 * ClickSend API; without either, the simulator's default account on {@code http://127.0.0.1:8089/v3}.
 */
record ExampleSettings(String baseUrl, String username, String apiKey, String to, String text) {

    static final String SIMULATOR_URL = "http://127.0.0.1:8089/v3";
    static final String SIMULATOR_USERNAME = "simulator";
    static final String SIMULATOR_API_KEY = "SIM-4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7";

    static ExampleSettings from(BundleContext context) {
        String envUser = System.getenv("CLICKSEND_USERNAME");
        String envKey = System.getenv("CLICKSEND_API_KEY");
        boolean clickSend = envUser != null && !envUser.isBlank() && envKey != null && !envKey.isBlank();
        return new ExampleSettings(
                property(context, "clicksend.baseUrl", clickSend ? null : SIMULATOR_URL),
                property(context, "clicksend.username", clickSend ? envUser : SIMULATOR_USERNAME),
                property(context, "clicksend.apiKey", clickSend ? envKey : SIMULATOR_API_KEY),
                property(context, "clicksend.to", "+61411111111"),
                property(context, "clicksend.text", "Hello from Apache Karaf. This call was placed by a Camel route."));
    }

    private static String property(BundleContext context, String name, String fallback) {
        String value = context.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ExampleSettings[baseUrl=" + (baseUrl == null ? "ClickSend" : baseUrl) + ", to=" + to + "]";
    }
}
