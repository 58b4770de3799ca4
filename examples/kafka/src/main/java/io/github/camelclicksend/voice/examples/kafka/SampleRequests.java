package io.github.camelclicksend.voice.examples.kafka;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Call requests for the example and the tests, and a producer that puts them on the requests topic. */
public final class SampleRequests {

    /** A contact list the API does not know: our validation accepts it, ClickSend rejects the call. */
    public static final int UNKNOWN_LIST_ID = 999_999;

    private SampleRequests() {
    }

    /** Requests that ClickSend accepts, with ids {@code prefix-1}..{@code prefix-n}. */
    public static List<String> callable(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String to = String.format("+614%08d", i % 100_000_000);
            out.add("{\"to\":\"" + to + "\",\"voice\":\"female\",\"lang\":\"en-au\",\"custom_string\":\"" + prefix + "-"
                    + i + "\",\"body\":\"Hello, this is a reminder of your appointment number " + i + ".\"}");
        }
        return out;
    }

    /** Requests our validation refuses: a local number without a country. */
    public static List<String> invalid(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add("{\"to\":\"0412 345 678\",\"custom_string\":\"" + prefix + "-invalid-" + i
                    + "\",\"body\":\"Which country?\"}");
        }
        return out;
    }

    /** Requests ClickSend rejects (NOT_ENOUGH_PERMISSION_TO_LIST_ID) although they are valid. */
    public static List<String> rejected(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add("{\"list_id\":" + UNKNOWN_LIST_ID + ",\"custom_string\":\"" + prefix + "-rejected-" + i
                    + "\",\"body\":\"To a list that is not ours.\"}");
        }
        return out;
    }

    /** The lines of a JSON-lines resource, with {@code ${run}} replaced (ids must be new on every run). */
    public static List<String> resource(String name, String run) {
        InputStream in = SampleRequests.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.replace("${run}", run));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Puts the requests on the topic, keyed by nothing (spread over the partitions), and waits for the acks. */
    public static void produce(String brokers, String topic, List<String> requests) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // a load generator: acks=all is enough (idempotent producers trip over the test kit's reused producer ids)
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(requests.size());
            for (String request : requests) {
                sent.add(producer.send(new ProducerRecord<>(topic, request)));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        }
    }
}
