package io.github.camelclicksend.voice.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelclicksend.voice.benchmarks.jmh.JmhRun;
import io.github.camelclicksend.voice.benchmarks.load.ChildJvm;
import io.github.camelclicksend.voice.benchmarks.load.LoadHarness;
import io.github.camelclicksend.voice.benchmarks.load.LoadPoint;
import io.github.camelclicksend.voice.benchmarks.load.MemoryRun;
import io.github.camelclicksend.voice.benchmarks.load.StubProcess;
import io.github.camelclicksend.voice.benchmarks.report.Machine;
import io.github.camelclicksend.voice.benchmarks.report.PerformanceReport;
import io.github.camelclicksend.voice.benchmarks.report.ThroughputChart;

/**
 * Everything in one run: JMH, the load harness (every contender, batch sizes 1/100/1000, 1 and 8 callers, in
 * {@code rounds} rounds per point; the best round of each point is reported), the memory run, then
 * docs/performance.md and its chart.
 * <p>
 * Options: --docs DIR --results DIR --rounds N --jit-warmup S --first-warmup S --warmup S --measure S --messages N
 * (memory run) --skip-jmh --command TEXT (the command to print in the report)
 */
public final class Suite {

    private static final List<Integer> BATCH_SIZES = List.of(1, 100, 1000);
    private static final List<Integer> CONCURRENCIES = List.of(1, 8);

    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        Path docs = Path.of(opts.getOrDefault("docs", "docs"));
        Path results = Path.of(opts.getOrDefault("results", "benchmarks/target/results"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "4"));
        double jitWarmup = Double.parseDouble(opts.getOrDefault("jit-warmup", "12"));
        double firstWarmup = Double.parseDouble(opts.getOrDefault("first-warmup", "2"));
        double warmup = Double.parseDouble(opts.getOrDefault("warmup", "1"));
        double measure = Double.parseDouble(opts.getOrDefault("measure", "3"));
        long memoryMessages = Long.parseLong(opts.getOrDefault("messages", "1000000"));
        Files.createDirectories(results);
        Files.createDirectories(docs);
        Machine machine = Machine.current();
        long start = System.nanoTime();

        List<JmhRun.Score> jmh = opts.containsKey("skip-jmh") ? List.of() : JmhRun.run(results.resolve("jmh.json"));

        LoadHarness harness = new LoadHarness(jitWarmup, firstWarmup, warmup, measure, rounds);
        List<LoadPoint> all;
        MemoryRun.Result[] memory = new MemoryRun.Result[1];
        List<String> errors = new ArrayList<>();
        try (StubProcess stub = new StubProcess(3600)) {
            all = harness.run(stub, LoadHarness.CONTENDERS, BATCH_SIZES, CONCURRENCIES);
            System.out.println("== memory run: " + memoryMessages + " messages under -Xmx256m");
            ChildJvm.run(List.of("-Xmx256m"), MemoryRun.class, List.of(stub.baseUrl(), Long.toString(memoryMessages)),
                    line -> {
                        System.out.println("   " + line);
                        if (line.startsWith(MemoryRun.PREFIX)) {
                            memory[0] = MemoryRun.Result.parse(line);
                        } else if (line.startsWith("ERROR")) {
                            errors.add(line);
                        }
                    });
        }
        errors.addAll(harness.errors());
        List<LoadPoint> best = best(all);
        Files.write(results.resolve("load.tsv"), all.stream().map(LoadPoint::toLine).toList());
        ThroughputChart.write(best, LoadHarness.CONTENDERS, CONCURRENCIES, docs.resolve("performance-throughput.png"));
        double minutes = (System.nanoTime() - start) / 60e9;
        new PerformanceReport(LoadHarness.CONTENDERS, BATCH_SIZES, CONCURRENCIES, best)
                .set("COMMAND", opts.getOrDefault("command", "benchmarks/run.sh"))
                .set("DATE", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .set("DURATION", String.format(Locale.ROOT, "%.1f", minutes))
                .set("MACHINE", String.format(Locale.ROOT,
                        "%d CPUs (%s), %.1f GB memory, %s, %s; load average %.2f at the start, %.2f at the end",
                        machine.cpus(), machine.cpuModel(), machine.memoryBytes() / 1e9, machine.java(), machine.os(),
                        machine.loadBefore(), Machine.loadAverage()))
                .set("SETTINGS", String.format(Locale.ROOT,
                        "each client JVM first runs every batch size for %.0f s in all (JIT warm-up); then %d rounds per "
                        + "point, each contender in turn, %.0f s measured after a warm-up of %.0f s in the first round "
                        + "and %.0f s in later rounds; client JVMs `%s`", jitWarmup, rounds, measure, firstWarmup,
                        warmup, String.join(" ", LoadHarness.CLIENT_JVM)))
                .set("ERRORS", errors.isEmpty() ? "None."
                        : errors.stream().map(e -> "- `" + e.replace('\t', ' ') + "`").collect(Collectors.joining("\n")))
                .write(docs.resolve("performance.md"), jmh, memory[0]);
        Files.copy(docs.resolve("performance.md"), results.resolve("performance.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "== done in %.1f minutes: %s%n", minutes, docs.resolve("performance.md"));
        System.exit(0);
    }

    /** Per contender, batch size and callers, the round with the most messages per second. */
    private static List<LoadPoint> best(List<LoadPoint> all) {
        Map<String, LoadPoint> best = new HashMap<>();
        for (LoadPoint p : all) {
            best.merge(p.contender() + "/" + p.batchSize() + "/" + p.concurrency(), p,
                    (a, b) -> a.messagesPerSecond() >= b.messagesPerSecond() ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparing(LoadPoint::contender).thenComparing(LoadPoint::batchSize)
                        .thenComparing(LoadPoint::concurrency))
                .toList();
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                opts.put(key, args[++i]);
            } else {
                opts.put(key, "true");
            }
        }
        return opts;
    }
}
