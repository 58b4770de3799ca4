package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the route wrote, once it has committed every request: for the example's printout and the tests. */
public final class Outcomes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> results;
    private final List<JsonNode> deadLetters;

    private Outcomes(List<JsonNode> results, List<JsonNode> deadLetters) {
        this.results = results;
        this.deadLetters = deadLetters;
    }

    /** Waits until the group has committed the end of every requests partition, then reads both outcome topics. */
    public static Outcomes awaitAll(KafkaCallsSettings settings, Duration timeout) throws Exception {
        awaitCommitted(settings, timeout);
        return new Outcomes(readAll(settings.brokers(), settings.topics().results()),
                readAll(settings.brokers(), settings.topics().deadLetters()));
    }

    public static void awaitCommitted(KafkaCallsSettings settings, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers()))) {
            while (lag(admin, settings) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("requests not all committed after " + timeout + ", lag "
                                               + lag(admin, settings));
                }
                Thread.sleep(100);
            }
        }
    }

    /** Requests on the topic whose offset the group has not committed yet. */
    public static long lag(Admin admin, KafkaCallsSettings settings) throws Exception {
        String topic = settings.topics().requests();
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        var ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(settings.groupId())
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    static List<JsonNode> readAll(String brokers, String topic) throws Exception {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        List<JsonNode> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(JSON.readTree(r.value()));
                }
            }
        }
        return out;
    }

    public List<JsonNode> results() {
        return results;
    }

    public List<JsonNode> deadLetters() {
        return deadLetters;
    }

    /** The request id of every record, results and dead letters. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.path("id").asText(null)));
        deadLetters.forEach(r -> ids.add(r.path("id").asText(null)));
        return ids;
    }

    public Map<String, Long> deadLettersByReason() {
        return deadLetters.stream().collect(Collectors.groupingBy(d -> d.path("reason").asText(), Collectors.counting()));
    }
}
