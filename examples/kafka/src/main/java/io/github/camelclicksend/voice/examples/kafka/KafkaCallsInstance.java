package io.github.camelclicksend.voice.examples.kafka;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.kafka.KafkaIdempotentRepository;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/** One instance of the route in its own CamelContext: what one JVM of a deployment runs. */
public final class KafkaCallsInstance implements AutoCloseable {

    /** Ids that can be read again are at most the uncommitted records; keep far more. */
    static final int PLACED_CALLS_CACHE = 200_000;

    private final CamelContext context = new DefaultCamelContext();
    private final CallStats stats = new CallStats();

    private KafkaCallsInstance(KafkaCallsSettings settings, ClickSendConnection clicksend, String name) {
        context.getCamelContextExtension().setName(name);
        ClickSendVoiceComponent component = clicksend.component();
        component.getConfiguration().setResponseTimeout(settings.responseTimeoutMs());
        context.addComponent("clicksend-voice", component);
        try {
            if (settings.placeOnce()) {
                KafkaIdempotentRepository placedCalls = placedCalls(settings);
                context.addService(placedCalls, true, true);
                component.getConfiguration().setIdempotentRepository(placedCalls);
            }
            CallBatchSteps steps = new CallBatchSteps(context, new CallRequestReader(component.getConfiguration()),
                    settings, stats);
            context.addRoutes(new CallRequestsRoute(settings, steps));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up the route", e);
        }
    }

    /** Builds and starts an instance. */
    public static KafkaCallsInstance start(KafkaCallsSettings settings, ClickSendConnection clicksend, String name) {
        KafkaCallsInstance instance = new KafkaCallsInstance(settings, clicksend, name);
        instance.context.start();
        return instance;
    }

    /**
     * The component's repository of the calls it placed (their custom_string, the request id), in its own topic. On
     * start it reads the topic to its end, so calls placed by any instance before are known; afterwards it follows the
     * topic. Its producer waits for every replica.
     */
    private static KafkaIdempotentRepository placedCalls(KafkaCallsSettings settings) {
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers());
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaIdempotentRepository(settings.topics().placedCalls(), consumer, producer, PLACED_CALLS_CACHE,
                100);
    }

    public CallStats stats() {
        return stats;
    }

    @Override
    public void close() {
        context.stop();
    }
}
