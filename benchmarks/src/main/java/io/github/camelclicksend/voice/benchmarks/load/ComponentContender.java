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
 * {@link VoiceMessage}s in, a {@link VoiceSendResult} out. Several callers use the template's async API, so no
 * thread waits on a call.
 */
public final class ComponentContender implements Contender {

    public static final String NAME = "component";

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint endpoint;
    private List<List<VoiceMessage>> batches;

    public ComponentContender(String baseUrl) throws Exception {
        context = new DefaultCamelContext();
        context.start();
        template = context.createProducerTemplate();
        // async calls go straight to the async producer, as a route calls it, not through the template's pool
        template.setThreadedAsyncMode(false);
        endpoint = context.getEndpoint("clicksend-voice:send?lang=" + Workload.LANG + "&username=" + Workload.USERNAME
                                       + "&apiKey=" + Workload.API_KEY + "&baseUrl="
                                       + URLEncoder.encode(baseUrl, StandardCharsets.UTF_8));
    }

    @Override
    public String name() {
        return NAME;
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
        return true;
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
