package io.github.camelclicksend.voice;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation other than send and price, over generated headers, options and bodies: the exchange either makes
 * the operation's own API request, which the API accepts (a 404 for an unknown message id included), or fails with a
 * ClickSendVoiceValidationException naming the field before anything is sent.
 */
class QueryInputPropertyTest {

    static final AtomicInteger CASES = new AtomicInteger();

    private static final Set<String> FIELDS = Set.of("page", "limit", "dateFrom", "dateTo", "dateBefore", "messageId",
            "receiptUrl", "filename", "operation");
    private static final List<String> OPERATIONS = List.of("history", "exportHistory", "languages", "receipts",
            "receipt", "addTestReceipt", "markReceiptsRead", "cancel", "cancelAll");

    private static ClickSendSimulator sim;
    private static CamelContext context;
    private static ProducerTemplate template;

    @BeforeContainer
    static void start() {
        sim = ClickSendSimulator.start();
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
        System.out.println("QueryInputPropertyTest generated cases: " + CASES.get());
    }

    @BeforeTry
    void resetSimulator() {
        sim.reset();
    }

    record QueryCase(String operation, Object body, Map<String, Object> headers, String options) {
    }

    @Property(tries = 1500)
    void everyQueryIsTheOperationsOwnRequestOrRefusedNamingItsField(@ForAll("cases") QueryCase c) throws Exception {
        CASES.incrementAndGet();
        Endpoint endpoint;
        try {
            endpoint = context.getEndpoint("clicksend-voice:" + c.operation() + "?" + c.options());
        } catch (ResolveEndpointFailedException e) {
            Statistics.collect("option refused");
            assertThat(FIELDS).contains(validationIn(e).getField());
            return;
        }
        Exchange ex = template.send(endpoint, e -> {
            e.getIn().setBody(c.body());
            e.getIn().getHeaders().putAll(c.headers());
        });
        context.removeEndpoint(endpoint);
        Throwable failure = ex.getException();
        List<RecordedRequest> requests = sim.requests();
        Object opHeader = c.headers().get(ClickSendVoiceConstants.OPERATION);
        String operation = opHeader instanceof String s && OPERATIONS.contains(s.trim()) ? s.trim() : c.operation();

        if (failure instanceof ClickSendVoiceValidationException v) {
            Statistics.collect("refused");
            assertThat(FIELDS).contains(v.getField());
            assertThat(v.getIndex()).isNull();
            assertThat(requests).as("nothing was sent").isEmpty();
            return;
        }
        assertThat(requests).as("one request, or two for a download").isNotEmpty().hasSizeLessThanOrEqualTo(2);
        assertThat(requests.get(0).method() + " " + requests.get(0).path()).matches(expectedRequest(operation));
        if (operation.equals("receipt") || operation.equals("cancel")) {
            Object id = c.headers().getOrDefault(ClickSendVoiceConstants.MESSAGE_ID, c.options().contains("messageId=")
                    ? c.options().replaceAll(".*messageId=RAW\\(([^)]*)\\).*", "$1") : null);
            assertThat(requests.get(0).path()).as("the id is the path segment, as given").contains("/" + id.toString().trim());
        }
        if (failure instanceof ClickSendVoiceApiException api && operation.equals("cancel")) {
            Statistics.collect("unknown id");
            assertThat(api.getHttpCode()).isEqualTo(404);
            return;
        }
        Statistics.collect("answered");
        assertThat(failure).as("no error but a validation error or an unknown id").isNull();
    }

    private static String expectedRequest(String operation) {
        return switch (operation) {
            case "history" -> "GET /v3/voice/history";
            case "exportHistory" -> "GET /v3/voice/history/export";
            case "languages" -> "GET /v3/voice/lang";
            case "receipts" -> "GET /v3/voice/receipts";
            case "receipt" -> "GET /v3/voice/receipts/[^/]+";
            case "addTestReceipt" -> "POST /v3/voice/receipts";
            case "markReceiptsRead" -> "PUT /v3/voice/receipts-read";
            case "cancel" -> "PUT /v3/voice/[^/]+/cancel";
            case "cancelAll" -> "PUT /v3/voice/cancel-all";
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private static ClickSendVoiceValidationException validationIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClickSendVoiceValidationException v) {
                return v;
            }
        }
        throw new AssertionError("not a validation error", e);
    }

    @Provide
    Arbitrary<QueryCase> cases() {
        return Combinators.combine(Arbitraries.of(OPERATIONS), bodies(), headers(), options()).as(QueryCase::new);
    }

    private static final long NOW = Instant.now().getEpochSecond();

    private static Arbitrary<Object> times() {
        return Arbitraries.of(NOW, NOW - 86_400, Long.toString(NOW), Instant.ofEpochSecond(NOW), "2024-01-01",
                "2024-01-01T10:00:00+02:00", "yesterday", 1.5, "", -1L, "99999999999999999999");
    }

    private static Arbitrary<Object> messageIds() {
        return Arbitraries.oneOf(Arbitraries.of("4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7", "..", ".", "a/b", "%41", " ",
                "", "ünï", "id?x=1", "id#frag", " padded ", "a\\b", "../cancel-all", "%2e%2e", "\u0000", "\u0001 "),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12).map(s -> (Object) s));
    }

    private static Arbitrary<Object> bodies() {
        return Arbitraries.of("poll", "http://127.0.0.1:1/hook", "https://example.com/hook", "ftp://example.com/x",
                "not a url", "   ", "", 42, "poll".getBytes(StandardCharsets.UTF_8), List.of("x"))
                .injectNull(0.4);
    }

    private static Arbitrary<Map<String, Object>> headers() {
        Map<String, Arbitrary<Object>> values = new LinkedHashMap<>();
        values.put(ClickSendVoiceConstants.PAGE, Arbitraries.of(1, 2, 0, -1, "3", "x", 1.5, 2.0, Long.MAX_VALUE));
        values.put(ClickSendVoiceConstants.LIMIT, Arbitraries.of(15, 100, 14, 101, "20", "x", 50L));
        values.put(ClickSendVoiceConstants.DATE_FROM, times());
        values.put(ClickSendVoiceConstants.DATE_TO, times());
        values.put(ClickSendVoiceConstants.DATE_BEFORE, times());
        values.put(ClickSendVoiceConstants.MESSAGE_ID, messageIds());
        values.put(ClickSendVoiceConstants.RECEIPT_URL, Arbitraries.of("poll", "http://127.0.0.1:1/x", "ftp://x",
                "not a url", "", " "));
        values.put(ClickSendVoiceConstants.OPERATION, Arbitraries.of("receipts", " history ", "bogus"));
        List<Arbitrary<Object[]>> entries = new ArrayList<>();
        values.forEach((name, arbitrary) -> entries.add(Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(new Object[0])),
                Tuple.of(3, arbitrary.map(v -> new Object[] { name, v })))));
        return Combinators.combine(entries).as(pairs -> {
            Map<String, Object> headers = new LinkedHashMap<>();
            pairs.stream().filter(p -> p.length == 2).forEach(p -> headers.put((String) p[0], p[1]));
            return headers;
        });
    }

    private static Arbitrary<String> options() {
        Map<String, Object[]> choices = new LinkedHashMap<>();
        choices.put("page", new Object[] { 1, 3, 0 });
        choices.put("limit", new Object[] { 15, 100, 101 });
        choices.put("dateFrom", new Object[] { NOW - 86_400, "2024-01-01", "junk" });
        choices.put("dateTo", new Object[] { NOW, "junk" });
        choices.put("dateBefore", new Object[] { NOW, "junk" });
        choices.put("messageId", new Object[] { "4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7", "..", "a b" });
        choices.put("receiptUrl", new Object[] { "poll", "http://127.0.0.1:1/option", "mailto:x@example.com" });
        choices.put("filename", new Object[] { "calls.csv", "with space.csv", "" });
        choices.put("download", new Object[] { true, false });
        List<Arbitrary<String>> parts = new ArrayList<>();
        choices.forEach((name, v) -> parts.add(Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just("")),
                Tuple.of(3, Arbitraries.of(v).map(x -> "&" + name + "=" + (x instanceof String ? "RAW(" + x + ")" : x))))));
        return Combinators.combine(parts).as(p -> String.join("", p).replaceFirst("^&", ""));
    }
}
