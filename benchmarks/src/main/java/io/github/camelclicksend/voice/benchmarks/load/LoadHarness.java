package io.github.camelclicksend.voice.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs every contender, each in its own JVM, against one stub server process. The contenders take turns point by
 * point, in rounds whose order rotates, so that they are measured close together in time and a burst of other work
 * on the machine falls on them alike. Only one contender runs at a time; the others wait idle.
 */
public final class LoadHarness {

    public static final List<String> CONTENDERS = List.of(HttpClient5Contender.NAME, HttpClient5ClassicContender.NAME,
            ComponentContender.NAME, ComponentContender.ASYNC_API_NAME, CamelHttpContender.NAME, JdkHttpContender.NAME,
            SdkContender.NAME);
    public static final List<String> CLIENT_JVM = List.of("-Xmx1g");

    private final double jitWarmupSeconds;
    private final double firstWarmupSeconds;
    private final double warmupSeconds;
    private final double measureSeconds;
    private final int rounds;
    private final List<String> errors = new ArrayList<>();

    /**
     * Each contender JVM first runs every batch size for {@code jitWarmupSeconds} in all; then the first round of
     * each point warms up for {@code firstWarmupSeconds}, later rounds for {@code warmupSeconds}.
     */
    public LoadHarness(double jitWarmupSeconds, double firstWarmupSeconds, double warmupSeconds, double measureSeconds,
                       int rounds) {
        this.jitWarmupSeconds = jitWarmupSeconds;
        this.firstWarmupSeconds = firstWarmupSeconds;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.rounds = rounds;
    }

    /** Every round of every point. */
    public List<LoadPoint> run(StubProcess stub, List<String> contenders, List<Integer> batchSizes,
                               List<Integer> concurrencies) throws Exception {
        List<ContenderProcess> processes = new ArrayList<>();
        List<LoadPoint> points = new ArrayList<>();
        try {
            for (String name : contenders) {
                ContenderProcess p = new ContenderProcess(name, stub.baseUrl(), clientJvm());
                processes.add(p);
                System.out.printf("== %s: JIT warm-up, %.0f s%n", name, jitWarmupSeconds);
                p.warmUp(jitWarmupSeconds);
            }
            int turn = 0;
            for (int batchSize : batchSizes) {
                for (int callers : concurrencies) {
                    System.out.printf("== batch %d, %d caller(s)%n", batchSize, callers);
                    for (int round = 0; round < rounds; round++) {
                        List<ContenderProcess> order = new ArrayList<>(processes);
                        Collections.rotate(order, -(turn++ % order.size()));
                        for (ContenderProcess p : order) {
                            LoadPoint point = p.run(batchSize, callers, round == 0 ? firstWarmupSeconds : warmupSeconds,
                                    measureSeconds, line -> {
                                        System.out.println("   " + line);
                                        if (line.startsWith("ERROR")) {
                                            errors.add(line.substring("ERROR\t".length()));
                                        }
                                    });
                            points.add(point);
                            System.out.printf("   round %d %-15s %,10.0f msgs/s %8.2f cpu-s/M msgs  heap %4.0f MB%s%n",
                                    round + 1, p.name(), point.messagesPerSecond(), point.cpuSecondsPerMillion(),
                                    point.peakHeapMb(), point.errors() > 0 ? "  errors " + point.errors() : "");
                        }
                    }
                }
            }
        } finally {
            for (ContenderProcess p : processes) {
                p.close();
            }
        }
        return points;
    }

    /** The client JVMs' flags, plus those of -Dbenchmarks.clientJvm (to profile, say "-XX:StartFlightRecording=..."). */
    private static List<String> clientJvm() {
        List<String> flags = new ArrayList<>(CLIENT_JVM);
        String extra = System.getProperty("benchmarks.clientJvm", "").trim();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return flags;
    }

    /** The first error of each point that had one. */
    public List<String> errors() {
        return errors;
    }

    /** Quick manual run: contenders (comma-separated, default all) rounds warmup measure batchSizes. */
    public static void main(String[] args) throws Exception {
        List<String> contenders = args.length > 0 ? List.of(args[0].split(",")) : CONTENDERS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        double measure = args.length > 3 ? Double.parseDouble(args[3]) : 3;
        List<Integer> sizes = args.length > 4 ? java.util.Arrays.stream(args[4].split(",")).map(Integer::valueOf).toList()
                : List.of(1, 100, 1000);
        try (StubProcess stub = new StubProcess(1800)) {
            new LoadHarness(9, warmup, warmup, measure, rounds).run(stub, contenders, sizes, List.of(1, 8));
        }
    }
}
