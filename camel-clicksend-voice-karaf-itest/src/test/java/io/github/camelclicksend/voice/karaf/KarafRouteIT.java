package io.github.camelclicksend.voice.karaf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;


import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Karaf 4.4.10 with the camel-clicksend-voice feature and the Karaf example's route bundle. The tests run inside
 * Karaf; the simulator runs in the test JVM, reached over loopback. This class names no Camel type: it is loaded
 * before Camel is installed ({@link ExampleContextChecks} holds what needs Camel).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafRouteIT {

    static final String TO = "+61411111111";
    private static final String COMPONENT = "io.github.camelclicksend.camel-clicksend-voice";
    private static final Pattern RESULT = Pattern.compile("ClickSend queued 1 call\\(s\\): (\\{.*)");
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\":\"([0-9A-Fa-f-]+)\"");

    @Inject
    private BundleContext bundleContext;

    /** When the installation below began, in Karaf's JVM. */
    private static long installStartedAt;

    @Configuration
    public Option[] config() throws IOException {
        return KarafSetup.options();
    }

    /**
     * Runs inside Karaf once it is up, and does what a user types: {@code feature:repo-add} (the stand-ins for
     * camel-karaf's features, then ours), {@code feature:install camel-clicksend-voice}, and {@code bundle:install -s}
     * of the example's route bundle. Already installed bundles are not refreshed, this test's probe among them.
     * Pax Exam runs each test method on its own, so this runs before each of them: install once.
     */
    @BeforeClass
    public static synchronized void installFeatureAndRouteBundle() throws Exception {
        if (installStartedAt != 0) {
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(KarafRouteIT.class).getBundleContext();
        FeaturesService features = context.getService(context.getServiceReference(FeaturesService.class));
        installStartedAt = System.currentTimeMillis();
        features.addRepository(URI.create(System.getProperty(KarafSetup.STAND_IN_REPOSITORY)));
        features.addRepository(URI.create(System.getProperty(KarafSetup.FEATURES_REPOSITORY)));
        features.installFeature("camel-clicksend-voice", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        context.installBundle(System.getProperty(KarafSetup.ROUTE_BUNDLE)).start();
    }

    @Test
    public void exampleRoutePlacesItsCallThroughTheSimulator() throws Exception {
        String line = awaitLogLine(RESULT, 60_000);
        Matcher json = RESULT.matcher(line);
        assertTrue(json.find());
        Matcher id = MESSAGE_ID.matcher(json.group(1));
        assertTrue("a message id in " + json.group(1), id.find());
        assertTrue("accepted by the simulator: " + json.group(1), json.group(1).contains("\"status\":\"SUCCESS\""));

        String history = simulatorGet("/voice/history?limit=100");
        assertTrue("the simulator has the call " + id.group(1) + ": " + history, history.contains(id.group(1)));
        assertTrue(history.contains("Hello from Apache Karaf"));

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long routeDone = loggedAt(line);
        long launched = Long.parseLong(System.getProperty(KarafSetup.LAUNCHED_AT));
        System.out.printf("Karaf start-to-route: %d ms from the Karaf JVM's start to the route's result; "
                          + "%d ms of it from feature:install to the result; %d ms from the test's launch "
                          + "(with unpacking Karaf)%n",
                routeDone - jvmStart, routeDone - installStartedAt, routeDone - launched);
    }

    @Test
    public void componentBundleIsWiredToTheBundlesKarafInstalled() {
        Bundle component = bundle(COMPONENT);
        assertEquals(Bundle.ACTIVE, component.getState());
        Map<String, Bundle> providers = packageProviders(component);
        System.out.println("camel-clicksend-voice imports from: " + summary(providers));

        assertEquals("camel-clicksend-voice-karaf-itest", providers.get("org.apache.camel").getSymbolicName());
        // the newest jackson feature in [2.15,3): Karaf 4.4.10's own specs repository has 2.21.0
        Bundle jackson = providers.get("com.fasterxml.jackson.databind");
        assertEquals("com.fasterxml.jackson.core.jackson-databind", jackson.getSymbolicName());
        assertEquals(2, jackson.getVersion().getMajor());
        assertTrue(providers.get("org.apache.hc.client5.http.impl.classic").getLocation()
                .contains("httpclient5/5.5.1"));
        assertTrue(providers.get("org.apache.hc.core5.http").getLocation().contains("httpcore5/5.3.6"));
        assertEquals("com.googlecode.libphonenumber",
                providers.get("com.google.i18n.phonenumbers").getSymbolicName());
    }

    @Test
    public void exampleContextUsesTheComponentsGeneratedCodeAcrossBundles() throws Exception {
        ExampleContextChecks.generatedCodeAndModelsWorkAcrossBundles(bundleContext, bundle(COMPONENT), TO);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static Map<String, Bundle> packageProviders(Bundle bundle) {
        Map<String, Bundle> providers = new LinkedHashMap<>();
        List<BundleWire> wires = bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package");
        for (BundleWire wire : wires) {
            providers.put((String) wire.getCapability().getAttributes().get("osgi.wiring.package"),
                    wire.getProvider().getBundle());
        }
        return providers;
    }

    private static String summary(Map<String, Bundle> providers) {
        Map<String, String> byBundle = new LinkedHashMap<>();
        providers.values().forEach(b -> byBundle.put(b.getSymbolicName(), b.getSymbolicName() + " " + b.getVersion()));
        return String.join(", ", byBundle.values());
    }

    /** Waits for a line of Karaf's log (data/log/karaf.log), which is what log:display shows. */
    private static String awaitLogLine(Pattern pattern, long timeoutMillis) throws Exception {
        Path log = Path.of(System.getProperty("karaf.log"), "karaf.log");
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log)) {
                Optional<String> found = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> pattern.matcher(l).find()).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line matching " + pattern + " in " + log);
    }

    /** The time stamp Karaf's log pattern puts first: ISO-8601 local time with a comma before the millis. */
    private static long loggedAt(String line) {
        String stamp = line.substring(0, line.indexOf(' ')).replace(',', '.');
        return LocalDateTime.parse(stamp).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static String simulatorGet(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(System.getProperty("clicksend.baseUrl") + path)
                .toURL().openConnection();
        String credentials = System.getProperty("clicksend.username") + ":" + System.getProperty("clicksend.apiKey");
        c.setRequestProperty("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(200, c.getResponseCode());
            return new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            c.disconnect();
        }
    }
}
