package io.github.camelclicksend.voice.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code java -jar camel-clicksend-voice-simulator-<version>-standalone.jar [options]}: runs the simulator until
 * stopped. {@code --help} lists the options. Bad options exit with 2, a port that cannot be bound with 1, each
 * with one line on stderr.
 */
public final class Main {

    static final String ARTIFACT = "camel-clicksend-voice-simulator";
    /** The jar's port when no --port is given: clear of the 8080 that the examples listen on. */
    public static final int DEFAULT_PORT = 8089;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ClickSendSimulator simulator;
        try {
            simulator = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        if (simulator == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "clicksend-simulator-shutdown"));
        stopped.await();
    }

    /**
     * Parses the arguments, starts the simulator and prints how to reach it; null for {@code --help}.
     *
     * @throws IllegalArgumentException for a bad option (its message names it)
     * @throws IllegalStateException    when the port cannot be bound (one line saying why)
     */
    static ClickSendSimulator run(String[] args, PrintStream out) {
        ClickSendSimulator.Builder builder = ClickSendSimulator.builder();
        String username = ClickSendSimulator.DEFAULT_USERNAME;
        String apiKey = ClickSendSimulator.DEFAULT_API_KEY;
        boolean https = false;
        int port = DEFAULT_PORT;
        int pushAttempts = PushRetry.DEFAULT.attempts();
        long pushDelayMillis = PushRetry.DEFAULT.delay().toMillis();
        List<String> pushUrls = new ArrayList<>();
        List<Consumer<Callees>> callees = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port": port = intArg(args, ++i); break;
                case "--username": username = arg(args, ++i); break;
                case "--api-key": apiKey = arg(args, ++i); break;
                case "--receipt-delay-ms": builder.receiptDelay(Duration.ofMillis(intArg(args, ++i))); break;
                case "--https": https = true; break;
                case "--verbose": builder.verbose(out); break;
                case "--push-format": builder.pushFormat(enumArg(PushFormat.class, args, ++i)); break;
                case "--push-attempts": pushAttempts = intArg(args, ++i); break;
                case "--push-delay-ms": pushDelayMillis = intArg(args, ++i); break;
                case "--push-url": pushUrls.add(arg(args, ++i)); break;
                case "--poll-without-rule": builder.pollWithoutRule(true); break;
                case "--date-before": builder.dateBeforeReading(enumArg(DateBeforeReading.class, args, ++i)); break;
                case "--press": callees.add(press(arg(args, ++i))); break;
                case "--unanswered": callees.add(unanswered(arg(args, ++i))); break;
                case "--ring": callees.add(ring(arg(args, ++i))); break;
                case "--help":
                case "-h":
                    out.println(usage());
                    return null;
                default: throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        builder.port(port).credentials(username, apiKey).pushRetry(pushAttempts, Duration.ofMillis(pushDelayMillis));
        if (https) {
            builder.https(SimulatorTls.serverContext());
        }
        ClickSendSimulator simulator = start(builder, port);
        try {
            pushUrls.forEach(url -> simulator.addReceiptRule(ReceiptRule.URL, url));
            callees.forEach(setting -> setting.accept(simulator.callees()));
        } catch (IllegalArgumentException e) {
            simulator.close();
            throw e;
        }
        printBanner(simulator, https, out);
        return simulator;
    }

    private static ClickSendSimulator start(ClickSendSimulator.Builder builder, int port) {
        try {
            return builder.start();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            String why = cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")
                    ? "the port is already in use" : String.valueOf(cause.getMessage());
            throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port + ": " + why
                    + ". Choose another with --port N (0 picks a free one).");
        }
    }

    private static void printBanner(ClickSendSimulator simulator, boolean https, PrintStream out) {
        out.println("ClickSend Voice API simulator listening on " + simulator.baseUrl());
        out.println("  username: " + simulator.username());
        // The default key is a published fake: printing it saves a trip to the docs. A key given is not echoed.
        out.println("  api key:  " + (simulator.apiKey().equals(ClickSendSimulator.DEFAULT_API_KEY)
                ? simulator.apiKey() : "the one given with --api-key"));
        out.println("  test accounts nocredit / notactive / banned use key " + ClickSendSimulator.TEST_ACCOUNTS_API_KEY);
        out.println("  console:  " + simulator.consoleUrl() + " (open it in a browser)");
        out.println("  ledgers:  " + simulator.baseUrl().replace("/v3", InspectionEndpoints.PREFIX)
                + "/requests and .../pushes");
        if (https) {
            out.println("  TLS: self-signed; trust store " + SimulatorTls.KEYSTORE_RESOURCE
                    + " (classpath), password '" + SimulatorTls.KEYSTORE_PASSWORD + "'");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
    }

    static String usage() {
        return "Usage: java -jar " + jarName() + " [options]\n"
                + "  --port N                  port on 127.0.0.1 (default " + DEFAULT_PORT + "; 0: a free one)\n"
                + "  --username U --api-key K  the default account (default simulator / SIM-...)\n"
                + "  --https                   serve TLS with the shipped self-signed certificate\n"
                + "  --receipt-delay-ms N      time from a call's acceptance to its receipt (default 200)\n"
                + "  --press NUMBER=KEYS       the callee at NUMBER (E.164) answers and presses KEYS;\n"
                + "                            NUMBER 'default' for everyone else (built in: 1)\n"
                + "  --unanswered NUMBER       the callee at NUMBER (or 'default') does not answer\n"
                + "  --ring NUMBER             calls to NUMBER (or 'default') ring until answered in the console\n"
                + "  --push-url URL            push every receipt to URL (an enabled URL receipt rule)\n"
                + "  --push-format F           form (default), json or get\n"
                + "  --push-attempts N         tries per push, the first included (default 3)\n"
                + "  --push-delay-ms N         wait between tries (default 200)\n"
                + "  --poll-without-rule       kinder than ClickSend: keep receipts for polling without a\n"
                + "                            POLL rule (default: only with one, as ClickSend)\n"
                + "  --date-before R           how receipts-read reads date_before: strictly-before (default)\n"
                + "                            or up-to\n"
                + "  --verbose                 one line per request: method, path, status, messages\n"
                + "  --help                    this text\n"
                + "Console: / on the same port (a web page: calls, pushes; answer ringing calls).\n"
                + "Ledgers (GET, no auth): /_simulator/requests and /_simulator/pushes on the same port.";
    }

    /** The jar being run, or else the name the build gives the standalone jar. */
    static String jarName() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.getFileName() != null && location.getFileName().toString().endsWith(".jar")) {
                return location.getFileName().toString();
            }
        } catch (Exception e) {
            // not run from a file: fall back to the built name
        }
        return ARTIFACT + "-" + version() + "-standalone.jar";
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("simulator.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through
        }
        return properties.getProperty("version", "<version>");
    }

    /** {@code NUMBER=KEYS}; NUMBER may be {@code default}. */
    private static Consumer<Callees> press(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new IllegalArgumentException("--press needs NUMBER=KEYS, e.g. +61411111111=2: " + value);
        }
        String who = calleeArg("--press", value.substring(0, eq));
        String keys = value.substring(eq + 1);
        new Callee().presses(keys); // checks the keys now, before the port is bound
        return callees -> callee(callees, who).presses(keys);
    }

    private static Consumer<Callees> unanswered(String value) {
        String who = calleeArg("--unanswered", value);
        return callees -> callee(callees, who).unanswered();
    }

    /** 'default' or a number as the simulator matches it: {@code to} as sent, which it only accepts in E.164. */
    private static String calleeArg(String option, String who) {
        if (!who.equalsIgnoreCase("default") && !SendProcessor.E164.matcher(who).matches()) {
            throw new IllegalArgumentException(option + " needs a number in E.164 form ('+', the country calling "
                    + "code, then the national number without its leading 0; 7 to 15 digits in all) or 'default': "
                    + who);
        }
        return who;
    }

    private static Callee callee(Callees callees, String who) {
        return who.equalsIgnoreCase("default") ? callees.byDefault() : callees.number(who);
    }

    private static String arg(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("Missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static int intArg(String[] args, int i) {
        try {
            return Integer.parseInt(arg(args, i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number for " + args[i - 1] + ": " + args[i]);
        }
    }

    private static <E extends Enum<E>> E enumArg(Class<E> type, String[] args, int i) {
        String value = arg(args, i);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown value for " + args[i - 1] + ": " + value);
        }
    }

    private static Consumer<Callees> ring(String value) {
        String who = calleeArg("--ring", value);
        return callees -> callee(callees, who).rings();
    }
}
