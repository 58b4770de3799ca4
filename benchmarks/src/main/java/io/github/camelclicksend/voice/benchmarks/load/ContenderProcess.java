package io.github.camelclicksend.voice.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A contender's own JVM ({@link ContenderRun}), asked to run one point at a time. */
final class ContenderProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader output;

    ContenderProcess(String name, String baseUrl, List<String> jvmOptions) throws IOException {
        this.name = name;
        process = ChildJvm.start(jvmOptions, ContenderRun.class, List.of(name, baseUrl));
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = output.readLine();
        if (!"READY".equals(ready)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not start: " + ready);
        }
    }

    String name() {
        return name;
    }

    /** Runs every batch size for a while, unmeasured, until the JIT has compiled the contender's whole path. */
    void warmUp(double seconds) throws IOException {
        commands.printf(java.util.Locale.ROOT, "WARMUP %.1f%n", seconds);
        String line;
        while ((line = output.readLine()) != null && !line.equals("DONE")) {
            System.out.println("   " + line);
        }
    }

    /** Runs a point; other output lines (errors) go to the consumer. */
    LoadPoint run(int batchSize, int callers, double warmupSeconds, double measureSeconds, Consumer<String> other)
            throws IOException {
        commands.printf(java.util.Locale.ROOT, "RUN %d %d %.1f %.1f%n", batchSize, callers, warmupSeconds,
                measureSeconds);
        LoadPoint point = null;
        String line;
        while ((line = output.readLine()) != null && !line.equals("DONE")) {
            if (LoadPoint.isPoint(line)) {
                point = LoadPoint.parse(line);
            } else {
                other.accept(line);
            }
        }
        if (point == null) {
            throw new IllegalStateException(name + " stopped without a result");
        }
        return point;
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("QUIT");
        commands.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
