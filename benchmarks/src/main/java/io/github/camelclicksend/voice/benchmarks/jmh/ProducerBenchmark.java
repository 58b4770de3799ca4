package io.github.camelclicksend.voice.benchmarks.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.benchmarks.load.ComponentContender;
import io.github.camelclicksend.voice.benchmarks.load.HttpClient5Contender;
import io.github.camelclicksend.voice.benchmarks.stub.SendEcho;
import io.github.camelclicksend.voice.benchmarks.stub.StubServer;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.client.HttpTransport;
import io.github.camelclicksend.voice.client.TransportSettings;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.model.VoiceMessage;

/**
 * A whole send of a batch over loopback, one at a time, against an in-process stub that answers with the same
 * pre-built envelope every time (so the server costs next to nothing): the component through a ProducerTemplate, the
 * component's own API client alone (JSON writing, HTTP, JSON reading of already validated messages), a bare
 * HttpClient 5 + Jackson client, and the bare HTTP exchange of the same bytes without any JSON work.
 * componentSend - clientSend is what the producer adds around its client (Camel, mapping, validation, merging);
 * componentSend - httpClient5JacksonSend is what the component adds over a hand-written client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProducerBenchmark {

    @Param({"1", "1000"})
    public int batch;

    private StubServer stub;
    private ComponentContender component;
    private HttpClient5Contender httpClient5;
    private HttpTransport transport;
    private ClickSendVoiceClient client;
    private List<List<VoiceMessage>> validated;
    private byte[] request;
    private int i;

    @Setup
    public void setUp() throws Exception {
        request = WireModel.MAPPER.writeValueAsBytes(WireModel.request(Workload.batch(0, batch)));
        stub = StubServer.canned(SendEcho.answer(request));
        component = new ComponentContender(stub.baseUrl());
        component.prepare(batch);
        httpClient5 = new HttpClient5Contender(stub.baseUrl());
        httpClient5.prepare(batch);
        transport = new HttpTransport(new TransportSettings(10_000, null, null, null, null, null));
        client = new ClickSendVoiceClient(transport, stub.baseUrl(), Workload.USERNAME, Workload.API_KEY, 30_000, 0);
        ClickSendVoiceConfiguration defaults = new ClickSendVoiceConfiguration();
        defaults.setLang(Workload.LANG);
        VoiceMessageMapper mapper = new VoiceMessageMapper();
        validated = Workload.batches(batch, calls -> mapper.map(calls.stream()
                .map(c -> VoiceMessage.builder().to(c.to()).body(c.body()).customString(c.customString()).build())
                .toList(), Map.of(), defaults));
    }

    @TearDown
    public void tearDown() throws Exception {
        component.close();
        httpClient5.close();
        transport.close();
        stub.close();
    }

    /** Always batch 0: the stub's canned answer is batch 0's, and the producer matches rows to messages by content. */
    @Benchmark
    public int componentSend() {
        return component.send(0);
    }

    /** The component's API client alone: validated messages in, JSON written, posted, the answer read. */
    @Benchmark
    public int clientSend() {
        return client.send(validated.get(i++ % validated.size())).data().getMessages().size();
    }

    @Benchmark
    public int httpClient5JacksonSend() throws Exception {
        return httpClient5.send(i++);
    }

    /** The HTTP exchange alone: pre-written request bytes out, answer bytes in. */
    @Benchmark
    public byte[] httpClient5BytesOnly() throws Exception {
        return httpClient5.post(request).get();
    }
}
