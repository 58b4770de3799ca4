package io.github.camelclicksend.voice.examples.jms;

import jakarta.jms.ConnectionFactory;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.function.ThrowingConsumer;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.JmsTransactionManager;

/** The route in its own CamelContext, with JMS local transactions: what one JVM of a deployment runs. */
public final class JmsCallsInstance implements AutoCloseable {

    private final CamelContext context = new DefaultCamelContext();
    private final CachingConnectionFactory cached;

    private JmsCallsInstance(ConnectionFactory connectionFactory, ClickSendConnection clicksend, int consumers)
            throws Exception {
        // one connection, cached sessions: the transaction manager asks for a session per transaction
        cached = new CachingConnectionFactory(connectionFactory);
        cached.setSessionCacheSize(consumers + 1);
        JmsTransactionManager transactions = new JmsTransactionManager(cached);
        JmsComponent jms = JmsComponent.jmsComponentTransacted(cached, transactions);
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        context.addComponent("jms", jms);
        context.addComponent("clicksend-voice", clicksend.component());
        context.addRoutes(new JmsCallRoute(consumers));
    }

    public static JmsCallsInstance start(ConnectionFactory connectionFactory, ClickSendConnection clicksend,
                                         int consumers) throws Exception {
        JmsCallsInstance instance = new JmsCallsInstance(connectionFactory, clicksend, consumers);
        instance.context.start();
        return instance;
    }

    /** Builds an instance, lets a test change the route, then starts it. */
    public static JmsCallsInstance start(ConnectionFactory connectionFactory, ClickSendConnection clicksend,
                                         int consumers, ThrowingConsumer<AdviceWithRouteBuilder, Exception> advice)
            throws Exception {
        JmsCallsInstance instance = new JmsCallsInstance(connectionFactory, clicksend, consumers);
        AdviceWith.adviceWith(instance.context, JmsCallRoute.ROUTE_ID, advice);
        instance.context.start();
        return instance;
    }

    /** Stops the route (the requests in progress finish and commit) and starts it again. */
    public void restartRoute() throws Exception {
        context.getRouteController().stopRoute(JmsCallRoute.ROUTE_ID);
        context.getRouteController().startRoute(JmsCallRoute.ROUTE_ID);
    }

    @Override
    public void close() {
        context.stop();
        cached.destroy();
    }
}
