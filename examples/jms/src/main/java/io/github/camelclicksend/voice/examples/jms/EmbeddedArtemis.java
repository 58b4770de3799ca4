package io.github.camelclicksend.voice.examples.jms;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An Artemis broker in this JVM (in-vm acceptor, no persistence), for the example and its tests, with the
 * redelivery settings the route relies on: a request whose transaction rolled back comes back after a growing delay,
 * and after 10 deliveries the broker moves it to the dead-letter queue itself.
 */
public final class EmbeddedArtemis implements AutoCloseable {

    private final EmbeddedActiveMQ broker;
    private final String url;

    private EmbeddedArtemis(EmbeddedActiveMQ broker, String url) {
        this.broker = broker;
        this.url = url;
    }

    public static EmbeddedArtemis start(int serverId) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false); // nothing is written to the (default) data directories
        config.setSecurityEnabled(false);
        String url = "vm://" + serverId;
        config.addAcceptorConfiguration("in-vm", url);
        for (String queue : new String[] {CallQueues.REQUESTS, CallQueues.RESULTS, CallQueues.DEAD_LETTERS}) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        config.addAddressSetting(CallQueues.REQUESTS, new AddressSettings()
                .setRedeliveryDelay(200).setRedeliveryMultiplier(2).setMaxRedeliveryDelay(10_000)
                .setMaxDeliveryAttempts(10).setDeadLetterAddress(SimpleString.of(CallQueues.DEAD_LETTERS)));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        return new EmbeddedArtemis(broker, url);
    }

    /**
     * A connection factory without prefetch (consumer window 0): a consumer that stops, e.g. when the route is
     * restarted, holds no messages back from the others.
     */
    public ActiveMQConnectionFactory connectionFactory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /** Messages in the queue, including those delivered to a consumer and not yet acknowledged. */
    public long messageCount(String queue) {
        Queue q = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return q == null ? 0 : q.getMessageCount();
    }

    /** Waits until the requests queue is empty and this many outcomes (results and dead letters) are queued. */
    public void awaitOutcomes(long expected, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (messageCount(CallQueues.REQUESTS) > 0
               || messageCount(CallQueues.RESULTS) + messageCount(CallQueues.DEAD_LETTERS) < expected) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("after " + timeout + ": " + messageCount(CallQueues.REQUESTS)
                                           + " requests left, " + messageCount(CallQueues.RESULTS) + " results, "
                                           + messageCount(CallQueues.DEAD_LETTERS) + " dead letters");
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        broker.stop();
        // the in-vm connector's and the client's shared thread pools would otherwise keep the JVM alive for a minute
        InVMConnector.resetThreadPool();
        ActiveMQClient.clearThreadPools();
    }
}
