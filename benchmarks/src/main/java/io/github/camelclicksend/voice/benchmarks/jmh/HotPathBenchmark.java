package io.github.camelclicksend.voice.benchmarks.jmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.benchmarks.stub.SendEcho;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * The CPU-only part of a send of 1000 messages, without HTTP, through the component's public API: its body mapping
 * and validation (every number to E.164, every text, language and voice checked); next to plain Jackson writing and
 * reading the same request and answer with records (what a hand-written client does). The component's own JSON work
 * is measured with HTTP in {@link ProducerBenchmark#clientSend()}. Scores are per batch of 1000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotPathBenchmark {

    public static final int BATCH = 1000;

    private final VoiceMessageMapper mapper = new VoiceMessageMapper();
    private final ClickSendVoiceConfiguration config = new ClickSendVoiceConfiguration();
    private final Map<String, Object> headers = new LinkedHashMap<>();
    private List<VoiceMessage> messages;
    private List<Map<String, Object>> maps;
    private String jsonText;
    private WireModel.SendRequest records;
    private byte[] answer;

    @Setup
    public void setUp() throws Exception {
        config.setLang(Workload.LANG);
        List<Workload.Call> calls = Workload.batch(0, BATCH);
        messages = calls.stream()
                .map(c -> VoiceMessage.builder().to(c.to()).body(c.body()).customString(c.customString()).build())
                .toList();
        maps = new ArrayList<>();
        for (Workload.Call c : calls) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("to", c.to());
            m.put("body", c.body());
            m.put("custom_string", c.customString());
            maps.add(m);
        }
        jsonText = WireModel.MAPPER.writeValueAsString(Map.of("messages", maps));
        records = WireModel.request(calls);
        answer = SendEcho.answer(WireModel.MAPPER.writeValueAsBytes(records));
    }

    /** The producer's first step for a list of VoiceMessage: the endpoint's defaults applied, each one validated. */
    @Benchmark
    public List<VoiceMessage> mapValidate() {
        return mapper.map(messages, headers, config);
    }

    /** The same from a list of maps (a Java DSL or YAML route building maps). */
    @Benchmark
    public List<VoiceMessage> mapValidateFromMaps() {
        return mapper.map(maps, headers, config);
    }

    /** The same from JSON text, e.g. a Kafka record's value: parsed, then validated. */
    @Benchmark
    public List<VoiceMessage> mapValidateFromJsonText() {
        return mapper.map(jsonText, headers, config);
    }

    /** Baseline: plain Jackson writing the same request from records, no validation. */
    @Benchmark
    public byte[] jacksonWriteRecords() throws Exception {
        return WireModel.MAPPER.writeValueAsBytes(records);
    }

    /** Baseline: plain Jackson reading the same answer into records. */
    @Benchmark
    public WireModel.SendEnvelope jacksonReadRecords() throws Exception {
        return WireModel.MAPPER.readValue(answer, WireModel.SendEnvelope.class);
    }
}
