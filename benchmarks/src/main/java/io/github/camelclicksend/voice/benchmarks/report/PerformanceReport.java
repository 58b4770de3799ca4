package io.github.camelclicksend.voice.benchmarks.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.camelclicksend.voice.benchmarks.jmh.JmhRun;
import io.github.camelclicksend.voice.benchmarks.load.LoadPoint;
import io.github.camelclicksend.voice.benchmarks.load.MemoryRun;

/** Fills docs/performance.md from the template with the figures of one run. */
public final class PerformanceReport {

    public static final String COMPONENT = "component";
    /** The component must reach these ratios of each contender's messages per second. */
    public static final Map<String, Double> TARGET_RATIOS = Map.of("camel-http", 1.0, "jdk-httpclient", 1.0,
            "httpclient5", 0.9, "httpclient5-classic", 0.9, "clicksend-sdk", 1.0);
    public static final double OVERHEAD_BUDGET_MICROS = 2.0;
    /** The bar of issue 13: these contenders, 8 callers, batch 1 and 1000. */
    private static final List<String> BAR_CONTENDERS = List.of("camel-http", "httpclient5-classic");
    private static final List<Integer> BAR_BATCHES = List.of(1, 1000);
    private static final int BAR_CALLERS = 8;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> contenders;
    private final List<Integer> batchSizes;
    private final List<Integer> concurrencies;
    private final List<LoadPoint> points;

    public PerformanceReport(List<String> contenders, List<Integer> batchSizes, List<Integer> concurrencies,
                             List<LoadPoint> bestPoints) {
        this.contenders = contenders;
        this.batchSizes = batchSizes;
        this.concurrencies = concurrencies;
        this.points = bestPoints;
    }

    public PerformanceReport set(String key, String value) {
        values.put(key, value);
        return this;
    }

    public void write(Path file, List<JmhRun.Score> jmh, MemoryRun.Result memory) throws IOException {
        set("THROUGHPUT", table(p -> String.format(Locale.ROOT, "%,.0f", p.messagesPerSecond())));
        set("RATIOS", ratios());
        set("CPU", table(p -> String.format(Locale.ROOT, "%.2f", p.cpuSecondsPerMillion())));
        set("CPU_RATIOS", cpuRatios());
        set("HEAP", table(p -> String.format(Locale.ROOT, "%.0f", p.peakHeapMb())));
        set("JMH", jmhTable(jmh));
        set("OVERHEAD", overhead(jmh));
        set("MEMORY", memory(memory));
        set("VERDICT", verdict(jmh));
        String text;
        try (InputStream in = PerformanceReport.class.getResourceAsStream("/performance-template.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        Files.writeString(file, text.replace("{{IDEMPOTENT}}", idempotentSection(file)));
    }

    /** The figures benchmarks/idempotent.sh wrote into the page, kept as they are: this suite does not measure them. */
    private static String idempotentSection(Path file) throws IOException {
        String start = "<!-- idempotent: START -->";
        String end = "<!-- idempotent: END -->";
        String old = Files.exists(file) ? Files.readString(file) : "";
        int a = old.indexOf(start);
        int b = old.indexOf(end);
        return a >= 0 && b > a ? old.substring(a, b + end.length())
                : start + "\nNot measured yet: run `benchmarks/idempotent.sh`.\n" + end;
    }

    private Optional<LoadPoint> point(String contender, int batch, int callers) {
        return points.stream()
                .filter(p -> p.contender().equals(contender) && p.batchSize() == batch && p.concurrency() == callers)
                .findFirst();
    }

    private String table(java.util.function.Function<LoadPoint, String> cell) {
        StringBuilder sb = new StringBuilder("| batch | callers |");
        contenders.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append("\n|---:|---:|").append("---:|".repeat(contenders.size())).append('\n');
        for (int batch : batchSizes) {
            for (int callers : concurrencies) {
                sb.append("| ").append(batch).append(" | ").append(callers).append(" |");
                for (String c : contenders) {
                    sb.append(' ').append(point(c, batch, callers).map(cell).orElse("–")).append(" |");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private double ratio(String other, int batch, int callers) {
        Optional<LoadPoint> mine = point(COMPONENT, batch, callers);
        Optional<LoadPoint> theirs = point(other, batch, callers);
        if (mine.isEmpty() || theirs.isEmpty() || theirs.get().messagesPerSecond() == 0) {
            return Double.NaN;
        }
        return mine.get().messagesPerSecond() / theirs.get().messagesPerSecond();
    }

    private List<String> others() {
        return contenders.stream().filter(c -> !c.startsWith(COMPONENT)).toList();
    }

    private String ratios() {
        StringBuilder sb = new StringBuilder("| batch | callers |");
        others().forEach(c -> sb.append(" vs ").append(c).append(" (target ≥ ")
                .append(TARGET_RATIOS.getOrDefault(c, 1.0)).append(") |"));
        sb.append("\n|---:|---:|").append("---:|".repeat(others().size())).append('\n');
        for (int batch : batchSizes) {
            for (int callers : concurrencies) {
                sb.append("| ").append(batch).append(" | ").append(callers).append(" |");
                for (String c : others()) {
                    double r = ratio(c, batch, callers);
                    boolean met = r >= TARGET_RATIOS.getOrDefault(c, 1.0);
                    sb.append(String.format(Locale.ROOT, " %.2f %s |", r, met ? "✓" : "✗"));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The benchmark of this method name; for the producer benchmarks, its batch-1000 run. */
    /** The component's client CPU per message divided by each other contender's (below 1: it uses less). */
    private String cpuRatios() {
        StringBuilder sb = new StringBuilder("| batch | callers |");
        others().forEach(c -> sb.append(" vs ").append(c).append(" |"));
        sb.append("\n|---:|---:|").append("---:|".repeat(others().size())).append('\n');
        for (int batch : batchSizes) {
            for (int callers : concurrencies) {
                sb.append("| ").append(batch).append(" | ").append(callers).append(" |");
                Optional<LoadPoint> mine = point(COMPONENT, batch, callers);
                for (String c : others()) {
                    Optional<LoadPoint> theirs = point(c, batch, callers);
                    double r = mine.isPresent() && theirs.isPresent()
                            ? mine.get().cpuSecondsPerMillion() / theirs.get().cpuSecondsPerMillion() : Double.NaN;
                    sb.append(String.format(Locale.ROOT, " %.2f |", r));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static Optional<JmhRun.Score> score(List<JmhRun.Score> jmh, String name) {
        return jmh.stream().filter(s -> s.name().replaceFirst(" \\(batch \\d+\\)$", "").endsWith("." + name))
                .filter(s -> s.batch() == 1000).findFirst();
    }

    private static String jmhTable(List<JmhRun.Score> jmh) {
        StringBuilder sb = new StringBuilder("| benchmark | µs per batch, median | fastest | ns per message, median "
                                             + "| fastest | bytes allocated per message |\n|---|---:|---:|---:|---:|---:|\n");
        for (JmhRun.Score s : jmh) {
            sb.append(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %,.0f | %,.0f | %,.0f |%n", s.name(),
                    s.medianMicros(), s.minMicros(), s.medianNanosPerMessage(), s.minNanosPerMessage(),
                    s.bytesPerMessage()));
        }
        return sb.toString();
    }

    /** ns per message at batch 1000 of a benchmark, by its fastest call or its median. */
    private static double nanos(List<JmhRun.Score> jmh, String name, boolean fastest) {
        return score(jmh, name).map(s -> fastest ? s.minNanosPerMessage() : s.medianNanosPerMessage())
                .orElse(Double.NaN);
    }

    /**
     * The producer's whole send, less its own API client's send of the same, already validated messages (the JSON
     * writing, the HTTP exchange and the JSON reading): Camel's exchange, the mapping, the validation, the merge.
     */
    static double overheadMicrosPerMessage(List<JmhRun.Score> jmh, boolean fastest) {
        return (nanos(jmh, "componentSend", fastest) - nanos(jmh, "clientSend", fastest)) / 1000;
    }

    private static String overhead(List<JmhRun.Score> jmh) {
        StringBuilder sb = new StringBuilder("| per message, batch of 1000, µs | fastest call | median |\n|---|---:|---:|\n");
        String[][] rows = {
                {"whole send through the component (`componentSend`)", "componentSend"},
                {"the component's API client alone: JSON, HTTP, JSON (`clientSend`)", "clientSend"}};
        String[][] comparisons = {
                {"mapping and validation alone (`mapValidate`)", "mapValidate"},
                {"for comparison: bare HTTP exchange of the same bytes (`httpClient5BytesOnly`)", "httpClient5BytesOnly"},
                {"for comparison: plain Jackson writing the request (`jacksonWriteRecords`)", "jacksonWriteRecords"},
                {"for comparison: plain Jackson reading the answer (`jacksonReadRecords`)", "jacksonReadRecords"},
                {"for comparison: whole send through a bare HttpClient 5 + Jackson client (`httpClient5JacksonSend`)",
                 "httpClient5JacksonSend"}};
        for (String[] row : rows) {
            sb.append(overheadRow(jmh, row));
        }
        sb.append(String.format(Locale.ROOT,
                "| **producer overhead around its client: Camel, mapping, validation, merge** (budget %.1f) | **%.2f** | %.2f |%n",
                OVERHEAD_BUDGET_MICROS, overheadMicrosPerMessage(jmh, true), overheadMicrosPerMessage(jmh, false)));
        for (String[] row : comparisons) {
            sb.append(overheadRow(jmh, row));
        }
        return sb.toString();
    }

    private static String overheadRow(List<JmhRun.Score> jmh, String[] row) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", row[0], nanos(jmh, row[1], true) / 1000,
                nanos(jmh, row[1], false) / 1000);
    }

    private static String memory(MemoryRun.Result m) {
        if (m == null) {
            return "(not run)";
        }
        return String.format(Locale.ROOT, """
                | messages accepted | failed exchanges | seconds | messages/s | peak heap | heap after a final GC | GC time | collections |
                |---:|---:|---:|---:|---:|---:|---:|---:|
                | %,d | %d | %.1f | %,.0f | %.0f MB of %.0f MB | %.0f MB | %,d ms (%.1f%% of the run) | %d |
                """, m.messages(), m.errors(), m.seconds(), m.messages() / m.seconds(), m.peakHeapBytes() / 1048576.0,
                m.maxHeapBytes() / 1048576.0, m.heapAfterGcBytes() / 1048576.0, m.gcMillis(),
                100.0 * m.gcMillis() / (m.seconds() * 1000), m.gcCount());
    }

    private String verdict(List<JmhRun.Score> jmh) {
        StringBuilder sb = new StringBuilder();
        if (batchSizes.containsAll(BAR_BATCHES) && concurrencies.contains(BAR_CALLERS)
            && contenders.containsAll(BAR_CONTENDERS)) {
            List<String> targets = new ArrayList<>();
            List<String> ratios = new ArrayList<>();
            boolean met = true;
            for (String c : BAR_CONTENDERS) {
                targets.add(String.format(Locale.ROOT, "≥ %.1f× %s", TARGET_RATIOS.get(c), c));
                for (int batch : BAR_BATCHES) {
                    double r = ratio(c, batch, BAR_CALLERS);
                    met &= r >= TARGET_RATIOS.get(c);
                    ratios.add(String.format(Locale.ROOT, "%.2f× %s at batch %d", r, c, batch));
                }
            }
            sb.append(String.format(Locale.ROOT, "- **the bar**, %d callers at batch %s: %s; measured %s: **%s**%n",
                    BAR_CALLERS, BAR_BATCHES.stream().map(String::valueOf).collect(Collectors.joining(" and ")),
                    String.join(" and ", targets), String.join(", ", ratios), met ? "met" : "missed"));
        }
        for (String c : others()) {
            double worst = Double.MAX_VALUE;
            String where = "";
            for (int batch : batchSizes) {
                for (int callers : concurrencies) {
                    double r = ratio(c, batch, callers);
                    if (r < worst) {
                        worst = r;
                        where = "batch " + batch + ", " + callers + (callers == 1 ? " caller" : " callers");
                    }
                }
            }
            double target = TARGET_RATIOS.getOrDefault(c, 1.0);
            sb.append(String.format(Locale.ROOT, "- vs %s: target ≥ %.1f× at every point; lowest %.2f× (%s): **%s**%n",
                    c, target, worst, where, worst >= target ? "met" : "missed"));
        }
        double overhead = overheadMicrosPerMessage(jmh, true);
        sb.append(String.format(Locale.ROOT,
                "- producer overhead at batch 1000 (JMH, fastest calls): target < %.1f µs per message; measured %.2f µs "
                + "(%.2f by the medians): **%s**%n", OVERHEAD_BUDGET_MICROS, overhead,
                overheadMicrosPerMessage(jmh, false), overhead < OVERHEAD_BUDGET_MICROS ? "met" : "missed"));
        return sb.toString();
    }
}
