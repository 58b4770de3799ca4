package io.github.camelclicksend.voice.examples.kafka;

/**
 * One instance of the route in a JVM of its own, for the crash tests: it runs until it is killed. Arguments: brokers,
 * topic prefix, group id, maxBatch, sessionTimeoutMs, placeOnce; the simulator's URL and account come in the
 * environment (CHILD_CLICKSEND_URL, CHILD_CLICKSEND_USERNAME, CHILD_CLICKSEND_API_KEY), never on the command line.
 */
public final class KafkaCallsChild {

    private KafkaCallsChild() {
    }

    public static void main(String[] args) throws Exception {
        KafkaCallsSettings settings = KafkaCallsSettings.of(args[0], CallTopics.withPrefix(args[1]), args[2])
                .withMaxBatch(Integer.parseInt(args[3])).withSessionTimeoutMs(Integer.parseInt(args[4]))
                .withPlaceOnce(Boolean.parseBoolean(args[5]));
        ClickSendConnection clicksend = new ClickSendConnection(System.getenv("CHILD_CLICKSEND_URL"),
                System.getenv("CHILD_CLICKSEND_USERNAME"), System.getenv("CHILD_CLICKSEND_API_KEY"));
        KafkaCallsInstance.start(settings, clicksend, "child");
        Thread.currentThread().join();
    }
}
