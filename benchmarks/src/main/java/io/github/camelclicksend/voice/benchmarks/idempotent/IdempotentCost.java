package io.github.camelclicksend.voice.benchmarks.idempotent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.kafka.KafkaIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.benchmarks.Workload;
import io.github.camelclicksend.voice.benchmarks.stub.StubServer;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

/**
 * What {@code idempotentRepository} costs (DESIGN 3.8): messages per second of sends of 1000 new keys with no
 * repository, a MemoryIdempotentRepository and a KafkaIdempotentRepository (an in-process broker), against the echoing
 * stub; and the history requests a redelivery of known keys costs, counted on the simulator. Writes the section
 * between the idempotent markers of docs/performance.md. Arguments: [--rounds N] [--batches N] [--docs DIR].
 */
public final class IdempotentCost {

    static final String START = "<!-- idempotent: START -->";
    static final String END = "<!-- idempotent: END -->";
    private static final int BATCH = 1000;
    private static final String TOPIC = "call-placed";

    private int nextBatch;

    private IdempotentCost() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        int batches = Integer.parseInt(options.getOrDefault("--batches", "5"));
        Path docs = Path.of(options.getOrDefault("--docs", "docs"));
        IdempotentCost cost = new IdempotentCost();
        Map<String, Double> rates = cost.throughput(rounds, batches);
        Map<String, Integer> requests = cost.redeliveryRequests();
        String section = render(rates, requests, rounds, batches, "--rounds " + rounds + " --batches " + batches);
        System.out.println(section);
        Path page = docs.resolve("performance.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start >= 0 && end > start) {
            Files.writeString(page, text.substring(0, start) + section + text.substring(end + END.length()),
                    StandardCharsets.UTF_8);
        }
    }

    /** The best of the rounds, messages per second, per repository; the repositories take turns in each round. */
    private Map<String, Double> throughput(int rounds, int batches) throws Exception {
        Map<String, Double> best = new LinkedHashMap<>();
        try (StubServer stub = StubServer.echo(); KafkaClusterTestKit kafka = kafka()) {
            Map<String, Sender> senders = new LinkedHashMap<>();
            senders.put("none", new Sender(stub.baseUrl(), null));
            senders.put("MemoryIdempotentRepository",
                    new Sender(stub.baseUrl(), MemoryIdempotentRepository.memoryIdempotentRepository(1_000_000)));
            senders.put("KafkaIdempotentRepository", new Sender(stub.baseUrl(), kafkaRepository(kafka)));
            for (Sender sender : senders.values()) {
                sender.send(batch()); // warm-up
                sender.send(batch());
            }
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, Sender> e : senders.entrySet()) {
                    List<List<VoiceMessage>> work = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        work.add(batch());
                    }
                    long start = System.nanoTime();
                    for (List<VoiceMessage> messages : work) {
                        e.getValue().send(messages);
                    }
                    double rate = batches * (double) BATCH / ((System.nanoTime() - start) / 1e9);
                    best.merge(e.getKey(), rate, Math::max);
                    System.out.printf(Locale.ROOT, "round %d %-28s %,10.0f messages/s%n", round + 1, e.getKey(), rate);
                }
            }
            for (Sender sender : senders.values()) {
                sender.close();
            }
        }
        return best;
    }

    /** Requests a redelivery of known keys costs, by the calls in the lookback window: history GETs, then posts. */
    private Map<String, Integer> redeliveryRequests() throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Sender sender = new Sender(sim.baseUrl(), sim.username(), sim.apiKey(),
                    MemoryIdempotentRepository.memoryIdempotentRepository(1_000_000));
            Sender plain = new Sender(sim.baseUrl(), sim.username(), sim.apiKey(), null);
            List<VoiceMessage> thousand = batch();
            sender.send(thousand);
            out.put("1,000 keys, 1,000 calls in the window", requests(sim, () -> sender.send(thousand)));
            for (int b = 0; b < 9; b++) {
                plain.send(batch());
            }
            out.put("1,000 keys, 10,000 calls in the window", requests(sim, () -> sender.send(thousand)));
            out.put("10 keys, 10,000 calls in the window", requests(sim, () -> sender.send(thousand.subList(0, 10))));
            out.put("1 key, 10,000 calls in the window", requests(sim, () -> sender.send(thousand.subList(0, 1))));
            sender.close();
            plain.close();
        }
        return out;
    }

    private static int requests(ClickSendSimulator sim, ThrowingRunnable redelivery) throws Exception {
        int before = sim.requests().size();
        int posts = sim.requests("POST", "/voice/send").size();
        redelivery.run();
        if (sim.requests("POST", "/voice/send").size() != posts) {
            throw new IllegalStateException("a redelivery of calls already placed posted again");
        }
        return sim.requests().size() - before;
    }

    private List<VoiceMessage> batch() {
        return Workload.batch(nextBatch++, BATCH).stream()
                .map(c -> VoiceMessage.builder().to(c.to()).body(c.body()).customString(c.customString()).build())
                .toList();
    }

    private static KafkaClusterTestKit kafka() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        try (Admin admin = cluster.admin()) { // the repository reads its topic to the end on start: it must exist
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        return cluster;
    }

    /** As the Kafka example configures it: acks=all, no linger, a cache far larger than the keys in flight. */
    private static IdempotentRepository kafkaRepository(KafkaClusterTestKit kafka) {
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        return new KafkaIdempotentRepository(TOPIC, consumer, producer, 1_000_000, 100);
    }

    private static String render(Map<String, Double> rates, Map<String, Integer> requests, int rounds, int batches,
                                 String args) {
        double none = rates.get("none");
        StringBuilder sb = new StringBuilder(START).append("\n");
        sb.append(String.format(Locale.ROOT, "Measured %s with `benchmarks/idempotent.sh%s` (%d rounds of %d sends of "
                                             + "1000 new keys each, best round; the repositories take turns). The "
                                             + "machine is shared and noisy: read the ratios, not the digits.%n%n",
                LocalDate.now(), args.isEmpty() ? "" : " " + args, rounds, batches));
        sb.append("| repository | messages/s at batch 1000 | against none |\n|---|---|---|\n");
        rates.forEach((name, rate) -> sb.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2fx |%n", name, rate,
                rate / none)));
        sb.append("\nA redelivery of keys already in the repository (found in history, none posted again), counted on "
                  + "the simulator:\n\n| redelivery | requests |\n|---|---|\n");
        requests.forEach((name, n) -> sb.append("| ").append(name).append(" | ").append(n).append(" |\n"));
        return sb.append(END).toString();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** A CamelContext with the component sending to one base URL, with or without a repository. */
    private static final class Sender implements AutoCloseable {
        private final CamelContext context = new DefaultCamelContext();
        private final ProducerTemplate template;
        private final Endpoint endpoint;

        Sender(String baseUrl, IdempotentRepository repository) throws Exception {
            this(baseUrl, Workload.USERNAME, Workload.API_KEY, repository);
        }

        Sender(String baseUrl, String username, String apiKey, IdempotentRepository repository) throws Exception {
            if (repository != null) {
                context.getRegistry().bind("placedCalls", repository);
            }
            context.start();
            template = context.createProducerTemplate();
            endpoint = context.getEndpoint("clicksend-voice:send?lang=" + Workload.LANG + "&username=" + username
                                           + "&apiKey=" + apiKey + "&baseUrl=" + URLEncoder.encode(baseUrl, StandardCharsets.UTF_8)
                                           + (repository == null ? "" : "&idempotentRepository=#placedCalls"));
        }

        void send(List<VoiceMessage> messages) {
            Exchange ex = template.send(endpoint, e -> e.getIn().setBody(messages));
            if (ex.getException() != null) {
                throw new IllegalStateException(ex.getException());
            }
            Integer count = ex.getMessage().getHeader(ClickSendVoiceConstants.TOTAL_COUNT, Integer.class);
            if (count == null || count != messages.size()) {
                throw new IllegalStateException("expected " + messages.size() + " rows, got " + count);
            }
        }

        @Override
        public void close() {
            template.stop();
            context.stop();
        }
    }
}
