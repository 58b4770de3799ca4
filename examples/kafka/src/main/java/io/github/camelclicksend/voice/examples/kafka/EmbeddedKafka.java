package io.github.camelclicksend.voice.examples.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** A one-node KRaft Kafka in this JVM (Kafka's own test kit), for the example and its tests. */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafka start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("group.min.session.timeout.ms", "1000") // lets the tests see a crash sooner
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new EmbeddedKafka(cluster);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public Admin admin() {
        return cluster.admin();
    }

    /** Creates the example's topics: the requests with this many partitions, the others with one. */
    public void createTopics(CallTopics topics, int requestPartitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(
                    new NewTopic(topics.requests(), requestPartitions, (short) 1),
                    new NewTopic(topics.results(), 1, (short) 1),
                    new NewTopic(topics.deadLetters(), 1, (short) 1),
                    new NewTopic(topics.placedCalls(), 1, (short) 1)
                            .configs(Map.of("retention.ms", String.valueOf(Duration.ofDays(7).toMillis())))))
                    .all().get();
        }
    }

    /** Stops the broker, waits, and starts it again on the same port with the same data. */
    public void restartBroker(Duration down) throws Exception {
        BrokerServer broker = cluster.brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
        Thread.sleep(down.toMillis());
        broker.startup();
        cluster.waitForReadyBrokers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
