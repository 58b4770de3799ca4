package io.github.camelclicksend.voice.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar camel-clicksend-voice-simulator-<version>-standalone.jar [--port 8080]
 * [--username U --api-key K] [--receipt-delay-ms N] [--https]}: runs the simulator until stopped.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        ClickSendSimulator simulator;
        try {
            simulator = run(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
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

    /** Parses the arguments, starts the simulator and prints how to reach it; null for {@code --help}. */
    static ClickSendSimulator run(String[] args, PrintStream out) {
        ClickSendSimulator.Builder builder = ClickSendSimulator.builder();
        String username = ClickSendSimulator.DEFAULT_USERNAME;
        String apiKey = ClickSendSimulator.DEFAULT_API_KEY;
        boolean https = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port": builder.port(intArg(args, ++i)); break;
                case "--username": username = arg(args, ++i); break;
                case "--api-key": apiKey = arg(args, ++i); break;
                case "--receipt-delay-ms": builder.receiptDelay(Duration.ofMillis(intArg(args, ++i))); break;
                case "--https": https = true; break;
                case "--help":
                case "-h":
                    out.println(usage());
                    return null;
                default: throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        builder.credentials(username, apiKey);
        if (https) {
            builder.https(SimulatorTls.serverContext());
        }
        ClickSendSimulator simulator = builder.start();
        out.println("ClickSend Voice API simulator listening on " + simulator.baseUrl());
        // The simulator's own key is a fake, so printing it is harmless and saves a trip to the docs.
        out.println("  username: " + simulator.username());
        out.println("  api key:  " + simulator.apiKey());
        out.println("  test accounts nocredit / notactive / banned use key " + ClickSendSimulator.TEST_ACCOUNTS_API_KEY);
        if (https) {
            out.println("  TLS: self-signed; trust store " + SimulatorTls.KEYSTORE_RESOURCE
                    + " (classpath), password '" + SimulatorTls.KEYSTORE_PASSWORD + "'");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        return simulator;
    }

    static String usage() {
        return "Usage: java -jar camel-clicksend-voice-simulator-standalone.jar [--port 8080]"
                + " [--username U --api-key K] [--receipt-delay-ms N] [--https]";
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
}
