package io.github.camelclicksend.voice.examples.quarkus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * A simulator that stands in for ClickSend with an account of its own, and the environment a deployment would give the
 * service: CLICKSEND_USERNAME and CLICKSEND_API_KEY, here with the base URL pointed at the simulator. With the
 * argument {@code refused=true} the API key is one the simulator does not know.
 */
public class ClickSendStandIn implements QuarkusTestResourceLifecycleManager {

    static final String USERNAME = "acct-5b0e7c41";
    static final String API_KEY = "C0FFEE42-1D6B-4E0A-9A57-3F2D8B6E4C19";
    static final String REFUSED_API_KEY = "DEADBEEF-0000-4E0A-9A57-3F2D8B6E4C19";

    /** Marks the test's field that gets the simulator. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Inject {
    }

    private ClickSendSimulator simulator;
    private boolean refused;

    static String basicHeader(String apiKey) {
        return Base64.getEncoder().encodeToString((USERNAME + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void init(Map<String, String> args) {
        refused = Boolean.parseBoolean(args.get("refused"));
    }

    @Override
    public Map<String, String> start() {
        simulator = ClickSendSimulator.builder().credentials(USERNAME, API_KEY).build().start();
        return Map.of(
                "CLICKSEND_USERNAME", USERNAME,
                "CLICKSEND_API_KEY", refused ? REFUSED_API_KEY : API_KEY,
                "camel.component.clicksend-voice.base-url", simulator.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(simulator,
                new TestInjector.AnnotatedAndMatchesType(Inject.class, ClickSendSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
