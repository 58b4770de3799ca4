package io.github.camelclicksend.voice;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.VoiceReceipt;
import io.github.camelclicksend.voice.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** from("clicksend-voice:receipts"): at-least-once delivery of receipts, in order, marked read after success. */
class ReceiptsConsumerTest extends SimulatorTestSupport {

    private static final Instant BASE = Instant.now().minusSeconds(10_000);

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failOnce = new AtomicBoolean();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?delay=100&initialDelay=0").routeId("receipts").autoStartup(false)
                        .process(e -> {
                            String id = e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID, String.class);
                            if (id.equals("R-120") && failOnce.compareAndSet(true, false)) {
                                throw new IllegalStateException("downstream not ready");
                            }
                            assertThat(e.getIn().getBody(VoiceReceipt.class).getMessageId()).isEqualTo(id);
                            received.add(id + ":" + e.getIn().getHeader(ClickSendVoiceConstants.DIGITS));
                        });
            }
        };
    }

    /**
     * Runs the route until its first poll made the POLL rule, without which ClickSend keeps no receipt, and stops it:
     * the receipts queued next wait for the route's start, kept by the rule.
     */
    private void makePollRule(String routeId) throws Exception {
        context.getRouteController().startRoute(routeId);
        await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> sim().receiptRules().stream().anyMatch(r -> r.action().equals("POLL")));
        context.getRouteController().stopRoute(routeId);
    }

    private void queueReceipts(int n) {
        IntStream.range(0, n).forEach(i -> sim().addReceipt(String.format("R-%03d", i), "201", "Success",
                String.valueOf(i % 10), "ref" + i, BASE.plusSeconds(i)));
    }

    private List<RecordedRequest> markReads() {
        return sim().requests("PUT", "/v3/voice/receipts-read");
    }

    private List<String> expected(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("R-%03d:%d", i, i % 10)).toList();
    }

    @Test
    void threePagesArriveInOrderAndAreMarkedReadOnce() throws Exception {
        makePollRule("receipts");
        queueReceipts(250);
        context.getRouteController().startRoute("receipts");

        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> received.size() >= 250 && !markReads().isEmpty());
        Thread.sleep(300); // further polls find nothing: no second mark-read

        assertThat(received).containsExactlyElementsOf(expected(250));
        assertThat(sim().requests("GET", "/v3/voice/receipts")).filteredOn(r -> "3".equals(r.query().get("page")))
                .isNotEmpty();
        assertThat(markReads()).hasSize(1);
        assertThat(markReads().get(0).body())
                .isEqualTo("{\"date_before\":" + (BASE.plusSeconds(249).getEpochSecond() + 1) + "}");
        assertThat(sim().receipts()).allMatch(r -> r.isRead());
        ClickSendVoiceEndpoint endpoint = (ClickSendVoiceEndpoint) context.getRoute("receipts").getEndpoint();
        assertThat(endpoint.getStatistics().get(ClickSendVoiceCounter.RECEIPTS_RECEIVED)).isEqualTo(250);
    }

    @Test
    void aFailedReceiptComesAgainAloneAndTheOthersAreNotHeldBack() throws Exception {
        failOnce.set(true);
        makePollRule("receipts");
        queueReceipts(150);
        context.getRouteController().startRoute("receipts");

        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> received.size() >= 150
                                                                     && sim().receipts().stream().allMatch(r -> r.isRead()));

        // the first poll handed over all but R-120 and marked read what is older than it; the next handed R-120 over
        List<String> firstPoll = new java.util.ArrayList<>(expected(150));
        firstPoll.remove("R-120:0");
        assertThat(received.subList(0, 149)).containsExactlyElementsOf(firstPoll);
        assertThat(received.subList(149, received.size())).containsExactly("R-120:0");
        assertThat(markReads()).extracting(RecordedRequest::body).containsExactly(
                "{\"date_before\":" + (BASE.plusSeconds(120).getEpochSecond() - 1) + "}",
                "{\"date_before\":" + (BASE.plusSeconds(149).getEpochSecond() + 1) + "}");
    }

    @Test
    void aStoppedAndRestartedRouteLosesNone() throws Exception {
        makePollRule("receipts");
        queueReceipts(40);
        context.getRouteController().startRoute("receipts");
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> received.size() >= 40 && !markReads().isEmpty());
        context.getRouteController().stopRoute("receipts");

        IntStream.range(40, 90).forEach(i -> sim().addReceipt(String.format("R-%03d", i), "201", "Success",
                String.valueOf(i % 10), null, BASE.plusSeconds(i)));
        context.getRouteController().startRoute("receipts");
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> received.size() >= 90);
        await().atMost(java.time.Duration.ofSeconds(5)).until(() -> markReads().size() >= 2);

        assertThat(received).containsExactlyElementsOf(expected(90));
        assertThat(sim().receipts()).allMatch(r -> r.isRead());
    }

    @Test
    void markAsReadFalseHandsOverEveryUnreadReceiptAtEveryPollAndMarksNothing() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?markAsRead=false&initialDelay=0&delay=100").routeId("peek")
                        .autoStartup(false).to("mock:peek");
            }
        });
        makePollRule("peek");
        queueReceipts(3);
        org.apache.camel.component.mock.MockEndpoint peek = getMockEndpoint("mock:peek");
        peek.expectedMinimumMessageCount(6);
        context.getRouteController().startRoute("peek");
        peek.assertIsSatisfied();
        context.getRouteController().stopRoute("peek");

        assertThat(peek.getExchanges()).extracting(e -> e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID))
                .startsWith("R-000", "R-001", "R-002", "R-000", "R-001", "R-002");
        assertThat(markReads()).isEmpty();
        assertThat(sim().receipts()).noneMatch(r -> r.isRead());
    }
}
