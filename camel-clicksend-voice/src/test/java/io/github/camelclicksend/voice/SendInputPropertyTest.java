package io.github.camelclicksend.voice;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.MessageField;
import io.github.camelclicksend.voice.model.Voice;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * send and price over generated bodies (every body type, wrapped every way), headers and endpoint options: the
 * exchange either sends every input message, each accepted by the simulator's API checks, or fails with a
 * ClickSendVoiceValidationException naming the field (and the message's index) before anything is sent. Never an
 * NPE, a ClassCastException, a Jackson exception, or a message dropped on the way.
 */
class SendInputPropertyTest {

    static final AtomicInteger CASES = new AtomicInteger();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = new HashSet<>(List.of("operation", "batchSize", "body", "too", "Body",
            "", "messages", "list-id"));

    private static ClickSendSimulator sim;
    private static CamelContext context;
    private static ProducerTemplate template;

    static {
        for (MessageField f : MessageField.values()) {
            FIELDS.add(f.option());
        }
    }

    @BeforeContainer
    static void start() {
        sim = ClickSendSimulator.start();
        sim.addContactList(InputArbitraries.LIST_ID, List.of("+61411111199"));
        context = new DefaultCamelContext();
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(sim.baseUrl());
        component.getConfiguration().setUsername(sim.username());
        component.getConfiguration().setApiKey(sim.apiKey());
        context.addComponent("clicksend-voice", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterContainer
    static void stop() {
        context.stop();
        sim.close();
        System.out.println("SendInputPropertyTest generated cases: " + CASES.get());
    }

    @BeforeTry
    void resetSimulator() {
        sim.reset();
    }

    /** The body as the exchange carries it, and how many messages it holds (-1 when JSON text makes that unknown). */
    record Body(Object value, int count, String shape) {
        @Override
        public String toString() {
            return shape + " of " + count + ": " + (value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : value);
        }
    }

    record SendCase(String operation, Body body, Map<String, Object> headers, String options) {
    }

    @Property(tries = 1500)
    void everyInputIsSentWholeOrRefusedNamingItsField(@ForAll("cases") SendCase c) throws Exception {
        CASES.incrementAndGet();
        Endpoint endpoint;
        try {
            endpoint = context.getEndpoint("clicksend-voice:" + c.operation() + "?rejectionPolicy=IGNORE" + c.options());
        } catch (ResolveEndpointFailedException e) {
            ClickSendVoiceValidationException v = validationIn(e);
            Statistics.collect("option refused");
            assertThat(v.getIndex()).as("an option is about no one message").isNull();
            assertThat(FIELDS).contains(v.getField());
            return;
        }
        Exchange ex = template.send(endpoint, e -> {
            e.getIn().setBody(c.body().value());
            e.getIn().getHeaders().putAll(c.headers());
        });
        context.removeEndpoint(endpoint);
        Throwable failure = ex.getException();
        List<RecordedRequest> requests = sim.requests();

        if (failure != null) {
            assertThat(failure).isInstanceOf(ClickSendVoiceValidationException.class);
            var v = (ClickSendVoiceValidationException) failure;
            Statistics.collect("refused");
            assertThat(FIELDS).contains(v.getField());
            if (MESSAGE_FIELDS.contains(v.getField())) {
                assertThat(v.getIndex()).as("a field of a message names the message").isNotNull();
            }
            if (v.getIndex() != null && c.body().count() >= 0) {
                assertThat(v.getIndex()).isBetween(0, c.body().count() - 1);
            }
            assertThat(requests).as("nothing was sent").isEmpty();
            return;
        }
        Statistics.collect("sent");
        VoiceSendResult result = ex.getMessage().getBody(VoiceSendResult.class);
        int sent = 0;
        for (RecordedRequest r : requests) {
            assertThat(r.path()).isIn("/v3/voice/send", "/v3/voice/price");
            sent += JSON.readTree(r.body()).get("messages").size();
        }
        if (c.body().count() >= 0) {
            assertThat(sent).as("every input message was sent").isEqualTo(c.body().count());
        }
        assertThat(result.getMessages()).as("the API accepted what the component let through")
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo("SUCCESS"));
        assertThat(result.getMessages().stream().map(VoiceMessageResult::getIndex).distinct().count())
                .as("each message has its result").isEqualTo(sent);
    }

    private static final Set<String> MESSAGE_FIELDS = Set.of("to", "listId", "voice", "lang", "customString",
            "country", "source", "schedule", "requireInput", "machineDetection", "too", "Body", "list-id");

    private static ClickSendVoiceValidationException validationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClickSendVoiceValidationException v) {
                return v;
            }
        }
        throw new AssertionError("not a validation error", e);
    }

    @Provide
    Arbitrary<SendCase> cases() {
        return Combinators.combine(Arbitraries.of("send", "price"), bodies(), headers(), options()).as(SendCase::new);
    }

    private static Arbitrary<Object> item() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, InputArbitraries.messageMap().map(m -> (Object) m)),
                Tuple.of(2, InputArbitraries.value(MessageField.BODY)),
                Tuple.of(2, voiceMessage().map(m -> (Object) m)),
                Tuple.of(1, Arbitraries.of(7, new StringBuilder("Say hi"), java.time.LocalDate.now(), new Object())))
                .injectNull(0.02);
    }

    private static Arbitrary<VoiceMessage> voiceMessage() {
        return Combinators.combine(
                Arbitraries.of("+61411111111", "0412 345 678", "+99912").injectNull(0.3),
                InputArbitraries.text().injectNull(0.1),
                Arbitraries.of(Voice.values()).injectNull(0.5),
                Arbitraries.of("en-au", "pt-pt", "xx-yy").injectNull(0.5),
                Arbitraries.of("AU", "XX").injectNull(0.7),
                Arbitraries.of(InputArbitraries.LIST_ID, 0).injectNull(0.8))
                .as((to, body, voice, lang, country, list) -> VoiceMessage.builder().to(to).body(body).voice(voice)
                        .lang(lang).country(country).listId(list).build());
    }

    private static Arbitrary<Body> bodies() {
        Arbitrary<List<Object>> items = Arbitraries.frequencyOf(
                Tuple.of(3, item().list().ofMinSize(1).ofMaxSize(1)),
                Tuple.of(6, item().list().ofMinSize(1).ofMaxSize(6)),
                Tuple.of(1, item().list().ofMinSize(0).ofMaxSize(3)
                        .map(l -> {
                            List<Object> nested = new ArrayList<>(l);
                            nested.add(new ArrayList<>(l));
                            return nested;
                        })));
        Arbitrary<String> shape = Arbitraries.of("single", "list", "array", "iterator", "jsonArray", "jsonMessagesBytes",
                "jsonMessagesStream", "messagesMap", "empty");
        return Combinators.combine(items, shape).as(InputBodies::wrap);
    }

    private static Arbitrary<Map<String, Object>> headers() {
        List<Arbitrary<Object[]>> entries = new ArrayList<>();
        Map<MessageField, String> names = new LinkedHashMap<>();
        names.put(MessageField.TO, ClickSendVoiceConstants.TO);
        names.put(MessageField.LIST_ID, ClickSendVoiceConstants.LIST_ID);
        names.put(MessageField.VOICE, ClickSendVoiceConstants.VOICE);
        names.put(MessageField.LANG, ClickSendVoiceConstants.LANG);
        names.put(MessageField.CUSTOM_STRING, ClickSendVoiceConstants.CUSTOM_STRING);
        names.put(MessageField.COUNTRY, ClickSendVoiceConstants.COUNTRY);
        names.put(MessageField.SOURCE, ClickSendVoiceConstants.SOURCE);
        names.put(MessageField.SCHEDULE, ClickSendVoiceConstants.SCHEDULE);
        names.put(MessageField.REQUIRE_INPUT, ClickSendVoiceConstants.REQUIRE_INPUT);
        names.put(MessageField.MACHINE_DETECTION, ClickSendVoiceConstants.MACHINE_DETECTION);
        names.forEach((field, header) -> entries.add(optional(4, InputArbitraries.value(field)
                .map(v -> new Object[] { header, v }))));
        entries.add(optional(2, Arbitraries.of("send", "price", " price ", "bogus", 42, "")
                .map(v -> new Object[] { ClickSendVoiceConstants.OPERATION, v })));
        return Combinators.combine(entries).as(pairs -> {
            Map<String, Object> headers = new LinkedHashMap<>();
            pairs.stream().filter(p -> p.length == 2).forEach(p -> headers.put((String) p[0], p[1]));
            return headers;
        });
    }

    /** RAW(...) keeps +, & and spaces as they are; Camel would decode or split them otherwise. */
    private static String encoded(Object value) {
        return value instanceof String ? "RAW(" + value + ")" : String.valueOf(value);
    }

    private static Arbitrary<String> options() {
        long future = java.time.Instant.now().getEpochSecond() + 86_400;
        Map<String, Object[]> choices = new LinkedHashMap<>();
        choices.put("to", new Object[] { "+61411111111", "0412345678", "junk" });
        choices.put("listId", new Object[] { InputArbitraries.LIST_ID, 0, -1 });
        choices.put("voice", new Object[] { "female", "male", "robot" });
        choices.put("lang", new Object[] { "en-au", "pt-pt", "xx-yy" });
        choices.put("country", new Object[] { "AU", "XX" });
        choices.put("source", new Object[] { "camel-test" });
        choices.put("customString", new Object[] { "ref-1", "with space & ampersand" });
        choices.put("schedule", new Object[] { future, "junk", future - 3 * 86_400 });
        choices.put("requireInput", new Object[] { true, false });
        choices.put("machineDetection", new Object[] { true, false });
        choices.put("batchSize", new Object[] { 0, 1, 2, 3, 1000, 1001, -1 });
        List<Arbitrary<String>> parts = new ArrayList<>();
        choices.forEach((name, values) -> parts.add(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")),
                Tuple.of(2, Arbitraries.of(values).map(v -> "&" + name + "=" + encoded(v))))));
        return Combinators.combine(parts).as(p -> String.join("", p));
    }

    private static Arbitrary<Object[]> optional(int inTen, Arbitrary<Object[]> present) {
        return Arbitraries.frequencyOf(Tuple.of(10 - inTen, Arbitraries.just(new Object[0])), Tuple.of(inTen, present));
    }

    /** Puts the items into one of the body shapes the component reads, counting the messages it holds. */
    static final class InputBodies {

        private InputBodies() {
        }

        static Body wrap(List<Object> items, String shape) {
            try {
                return switch (shape) {
                    case "single" -> new Body(items.get(0), count(items.get(0)), shape);
                    case "list" -> new Body(items, count(items), shape);
                    case "array" -> new Body(items.toArray(), count(items), shape);
                    case "iterator" -> new Body(items.iterator(), count(items), shape);
                    case "jsonArray" -> {
                        Object json = InputArbitraries.jsonSafe(items);
                        yield new Body(JSON.writeValueAsString(json), count(json), shape);
                    }
                    case "jsonMessagesBytes", "jsonMessagesStream" -> {
                        Object json = InputArbitraries.jsonSafe(items);
                        byte[] bytes = JSON.writeValueAsBytes(Map.of("messages", json));
                        yield new Body(shape.endsWith("Bytes") ? bytes : new ByteArrayInputStream(bytes), count(json),
                                shape);
                    }
                    case "messagesMap" -> {
                        Map<String, Object> wrapper = new LinkedHashMap<>();
                        wrapper.put("messages", items);
                        yield new Body(wrapper, count(items), shape);
                    }
                    default -> new Body(new ArrayList<>(), 0, shape);
                };
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** How many messages the component should find, or -1 when text that looks like JSON makes it unknown. */
        static int count(Object item) {
            if (item instanceof CharSequence cs) {
                String t = cs.toString().strip();
                return t.startsWith("{") || t.startsWith("[") ? -1 : 1;
            }
            if (item instanceof List<?> list) {
                int n = 0;
                for (Object o : list) {
                    int c = count(o);
                    if (c < 0) {
                        return -1;
                    }
                    n += c;
                }
                return n;
            }
            if (item instanceof Map<?, ?> m && m.size() == 1 && m.get("messages") instanceof List<?> l) {
                return count(l);
            }
            return 1;
        }
    }
}
