package io.github.camelclicksend.voice.client;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * The JSON of a send request of 1000 messages: the component's hand-written streaming writer against Jackson's data
 * binding of the same VoiceMessage model (issue 24 point 7). In the client's package, as the writers are private to
 * it; both write the same bytes, checked at setup. Run with -prof gc.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RequestWriterBenchmark {

    private List<VoiceMessage> messages;

    @Setup
    public void setUp() {
        messages = Workload.batch(0, 1000).stream().map(c -> VoiceMessage.builder().to(c.to()).body(c.body())
                .customString(c.customString()).lang(Workload.LANG).voice(Workload.VOICE).build()).toList();
        if (!Arrays.equals(ApiJson.writeMessages(messages), ApiJson.bindMessages(messages))) {
            throw new IllegalStateException("the two writers differ");
        }
    }

    @Benchmark
    public byte[] handWriter() {
        return ApiJson.writeMessages(messages);
    }

    @Benchmark
    public byte[] dataBinding() {
        return ApiJson.bindMessages(messages);
    }
}
