package io.github.camelclicksend.voice.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/**
 * The component with its default settings (validation on), called through a {@link ProducerTemplate}: a list of
 * {@link VoiceMessage}s in, a {@link VoiceSendResult} out. The producer makes its call on the thread that sends the
 * exchange, as camel-http does, so several callers are several threads calling {@code requestBody}, as for the
 * camel-http route; the async-API variant keeps that many calls in flight through {@code asyncRequestBody}, which
 * hands each call to the template's thread pool.
 */
public final class ComponentContender implements Contender {

    public static final String NAME = "component";
    /** The same endpoint with several callers sending through the template's async API instead of their own threads. */
    public static final String ASYNC_API_NAME = "component-async-api";

    private final boolean asyncApi;
    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint endpoint;
    private List<List<VoiceMessage>> batches;

    public ComponentContender(String baseUrl) throws Exception {
        this(baseUrl, false);
    }

    public ComponentContender(String baseUrl, boolean asyncApi) throws Exception {
        this.asyncApi = asyncApi;
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
        endpoint = context.getEndpoint("clicksend-voice:send?lang=" + Workload.LANG + "&username=" + Workload.USERNAME
                                       + "&apiKey=" + Workload.API_KEY + "&baseUrl="
                                       + URLEncoder.encode(baseUrl, StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return asyncApi ? ASYNC_API_NAME : NAME;
    }

    @Override
    public void prepare(int batchSize) {
        batches = Workload.batches(batchSize, calls -> calls.stream()
                .map(c -> VoiceMessage.builder().to(c.to()).body(c.body()).customString(c.customString()).build())
                .toList());
    }

    /** The input of send(i), for benchmarks that call the producer themselves. */
    public List<VoiceMessage> batch(int i) {
        return batches.get(i % batches.size());
    }

    @Override
    public int send(int i) {
        return template.requestBody(endpoint, batch(i), VoiceSendResult.class).getAccepted().size();
    }

    @Override
    public boolean isAsync() {
        return asyncApi;
    }

    @Override
    public CompletableFuture<Integer> sendAsync(int i) {
        return sendAsync(batch(i));
    }

    /** Sends any list of messages; completes with how many were accepted. */
    public CompletableFuture<Integer> sendAsync(List<VoiceMessage> messages) {
        return template.asyncRequestBody(endpoint, messages, VoiceSendResult.class)
                .thenApply(r -> r.getAccepted().size());
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
    }
}
