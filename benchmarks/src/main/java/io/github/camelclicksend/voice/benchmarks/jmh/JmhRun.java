package io.github.camelclicksend.voice.benchmarks.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs both JMH classes with the GC profiler (one fork, 3 x 1 s warm-up, 5 x 1 s measurement), timing every call
 * (sample mode).
 */
public final class JmhRun {

    /**
     * One benchmark: the median and the fastest of the sampled calls, in microseconds per batch, and bytes allocated
     * per batch. On a machine shared with other work the median carries the waits for a CPU; the fastest call is the
     * closest to the CPU the work itself takes.
     */
    public record Score(String name, int batch, double medianMicros, double minMicros, double bytesPerBatch) {

        public double medianNanosPerMessage() {
            return medianMicros * 1000 / batch;
        }

        public double minNanosPerMessage() {
            return minMicros * 1000 / batch;
        }

        public double bytesPerMessage() {
            return bytesPerBatch / batch;
        }
    }

    private JmhRun() {
    }

    public static List<Score> run(Path jsonOut) throws Exception {
        Options options = new OptionsBuilder()
                .include(HotPathBenchmark.class.getSimpleName())
                .include(ProducerBenchmark.class.getSimpleName())
                .addProfiler(GCProfiler.class)
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .result(jsonOut.toString())
                .resultFormat(ResultFormatType.JSON)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Score> scores = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            int batch = HotPathBenchmark.BATCH;
            if (r.getParams().getParamsKeys().contains("batch")) {
                batch = Integer.parseInt(r.getParams().getParam("batch"));
                name += " (batch " + batch + ")";
            }
            double bytes = Double.NaN;
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = e.getValue().getScore();
                }
            }
            Statistics stats = r.getPrimaryResult().getStatistics();
            scores.add(new Score(name, batch, stats.getPercentile(50), stats.getMin(), bytes));
        }
        return scores;
    }
}
