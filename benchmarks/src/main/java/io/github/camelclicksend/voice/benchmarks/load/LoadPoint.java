package io.github.camelclicksend.voice.benchmarks.load;

/** The measurement of one contender at one batch size and concurrency. */
public record LoadPoint(String contender, int batchSize, int concurrency, long messages, double seconds,
                        double cpuSeconds, long peakHeapBytes, long gcMillis, long errors) {

    private static final String PREFIX = "POINT\t";

    public double messagesPerSecond() {
        return messages / seconds;
    }

    /** Client CPU seconds (the whole client JVM: callers, I/O threads, GC, JIT) per million messages. */
    public double cpuSecondsPerMillion() {
        return messages == 0 ? Double.NaN : cpuSeconds / messages * 1e6;
    }

    public double peakHeapMb() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }

    /** A line a parent process can read back from the child's standard output. */
    public String toLine() {
        return PREFIX + String.join("\t", contender, Integer.toString(batchSize), Integer.toString(concurrency),
                Long.toString(messages), Double.toString(seconds), Double.toString(cpuSeconds),
                Long.toString(peakHeapBytes), Long.toString(gcMillis), Long.toString(errors));
    }

    public static LoadPoint parse(String line) {
        String[] f = line.substring(PREFIX.length()).split("\t");
        return new LoadPoint(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3]),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                Long.parseLong(f[8]));
    }

    public static boolean isPoint(String line) {
        return line.startsWith(PREFIX);
    }
}
