package io.github.camelclicksend.voice.examples.jms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/** Call requests for the example and the tests, and plain JMS to put them on a queue and to read a queue. */
public final class JmsRequests {

    /** A contact list the API does not know: our validation accepts it, ClickSend rejects the call. */
    public static final int UNKNOWN_LIST_ID = 999_999;

    /** A message read from a queue: its text and, for a dead letter, the reason and detail headers. */
    public record Queued(String text, String reason, String detail) {
    }

    private JmsRequests() {
    }

    /** Requests ClickSend accepts, with ids (custom_string) {@code prefix-1}..{@code prefix-n}. */
    public static List<String> callable(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(String.format("{\"to\":\"+614%08d\",\"voice\":\"female\",\"lang\":\"en-au\",\"custom_string\":"
                                  + "\"%s-%d\",\"body\":\"Hello, this is a reminder of your appointment number %d.\"}",
                    i, prefix, i, i));
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

    /** The lines of a JSON-lines resource, with {@code ${run}} replaced. */
    public static List<String> resource(String name, String run) throws IOException {
        try (InputStream in = JmsRequests.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("${run}", run))
                    .toList();
        }
    }

    public static void send(ConnectionFactory factory, String queue, List<String> texts) throws Exception {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            for (String text : texts) {
                producer.send(session.createTextMessage(text));
            }
        }
    }

    /** Takes every message off the queue. */
    public static List<Queued> drain(ConnectionFactory factory, String queue) throws Exception {
        List<Queued> out = new ArrayList<>();
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            connection.start();
            Message message;
            while ((message = consumer.receive(500)) != null) {
                out.add(new Queued(((TextMessage) message).getText(), message.getStringProperty(CallQueues.REASON),
                        message.getStringProperty(CallQueues.DETAIL)));
            }
        }
        return out;
    }
}
