package io.github.camelclicksend.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ReceiptRule;
import io.github.camelclicksend.voice.simulator.RecordedRequest;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * DESIGN 3.6 polling against a simulator that, as ClickSend, keeps receipts for polling only while a POLL rule exists:
 * the rule found or created at the first poll and never duplicated or deleted, receipt identity, a failing receipt
 * that holds back only the mark-read, and what a poll costs in requests.
 */
class PollingConsumerTest extends SimulatorTestSupport {

    private static final String RULES = "/v3/automations/voice/receipts";
    private static final String RECEIPTS = "/v3/voice/receipts";

    private final List<String> keys = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> handed = new ConcurrentHashMap<>();
    private final AtomicBoolean poisonFails = new AtomicBoolean(true);
    private final AtomicBoolean slow = new AtomicBoolean();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?delay=100&initialDelay=0").routeId("poll").autoStartup(false)
                        .process(e -> {
                            String id = e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID, String.class);
                            handed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            if (slow.get()) {
                                Thread.sleep(10);
                            }
                            if (id.equals("POISON") && poisonFails.get()) {
                                throw new IllegalStateException("cannot process " + id);
                            }
                            keys.add(e.getIn().getHeader(ClickSendVoiceConstants.RECEIPT_KEY, String.class) + ":"
                                     + e.getIn().getHeader(ClickSendVoiceConstants.DIGITS));
                        });
            }
        };
    }

    private List<ReceiptRule> pollRules() {
        return sim().receiptRules().stream().filter(r -> r.action().equals(ReceiptRule.POLL)).toList();
    }

    private void startAndAwaitPollRule() throws Exception {
        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(10)).until(() -> !pollRules().isEmpty());
    }

    private List<RecordedRequest> gets() {
        return sim().requests("GET", RECEIPTS);
    }

    private List<RecordedRequest> markReads() {
        return sim().requests("PUT", "/v3/voice/receipts-read");
    }

    private ClickSendVoicePollingConsumer pollingConsumer() {
        return (ClickSendVoicePollingConsumer) context.getRoute("poll").getConsumer();
    }

    @Test
    void thePollRuleIsCreatedAtTheFirstPollOnceAndNeverDeleted() throws Exception {
        ReceiptRule url = sim().addReceiptRule("URL", "https://elsewhere.example.com/hook");
        startAndAwaitPollRule();
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= 3);

        ReceiptRule rule = pollRules().get(0);
        assertThat(rule.ruleName()).isEqualTo("Camel clicksend-voice polling");
        assertThat(rule.matchType()).isZero();
        assertThat(rule.actionAddress()).isEqualTo("poll");
        assertThat(rule.enabled()).isTrue();
        sim().addReceipt("AFTER-RULE", "201", "Success", "1", null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> handed.containsKey("AFTER-RULE"));

        context.getRouteController().stopRoute("poll");
        context.getRouteController().startRoute("poll");
        int getsAtRestart = gets().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= getsAtRestart + 3);
        context.getRouteController().stopRoute("poll");

        assertThat(sim().requests("POST", RULES)).as("created once, not again after the restart").hasSize(1);
        assertThat(sim().requests("DELETE", RULES + "/" + rule.ruleId())).isEmpty();
        assertThat(sim().receiptRules()).extracting(ReceiptRule::ruleId).containsExactly(url.ruleId(), rule.ruleId());
    }

    @Test
    void anEnabledPollRuleIsUsedAsItIs() throws Exception {
        sim().addReceiptRule(sim().username(), "paused", 0, "POLL", "poll", false);
        ReceiptRule existing = sim().addReceiptRule("POLL", "poll");
        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= 3);
        context.getRouteController().stopRoute("poll");

        assertThat(sim().requests("POST", RULES)).isEmpty();
        assertThat(sim().requests("GET", RULES)).as("rules read at the first poll only").hasSize(1);
        assertThat(pollRules()).extracting(ReceiptRule::ruleId).contains(existing.ruleId()).hasSize(2);
    }

    @Test
    void withAutoRegisterOffOneWarnNamesTheFixAndPollingGoesOn() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?pollRuleAutoRegister=false&delay=50&initialDelay=0").routeId("bare")
                        .autoStartup(false).to("mock:bare");
            }
        });
        try (LogCapture log = new LogCapture(Level.WARN)) {
            context.getRouteController().startRoute("bare");
            await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= 5);
            context.getRouteController().stopRoute("bare");
            assertThat(log.text().lines().filter(l -> l.contains("pollRuleAutoRegister=true"))).hasSize(1);
        }
        assertThat(sim().receiptRules()).isEmpty();
        assertThat(sim().requests("POST", RULES)).isEmpty();
    }

    @Test
    void rulesThatCannotBeReadAreTriedAgainWhilePollingGoesOn() throws Exception {
        sim().faults().onPath(RULES).onMethod("GET").next(2).respond(503);
        startAndAwaitPollRule();

        List<RecordedRequest> ruleReads = sim().requests("GET", RULES);
        assertThat(ruleReads).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
        assertThat(gets().get(0).received()).as("the first poll read receipts though the rules failed")
                .isBefore(ruleReads.get(2).received());
        assertThat(pollRules()).hasSize(1);
    }

    @Test
    void everyReceiptOfOneCallReachesTheRoute() throws Exception {
        startAndAwaitPollRule();
        Instant t = Instant.now();
        sim().addReceipt("CALL-1", "201", "Success", "", null, t);
        sim().addReceipt("CALL-1", "201", "Success", "5", null, t.plusSeconds(1)); // the keys, reported later
        sim().addReceipt("CALL-1", "301", "Not answered", "", null, t.plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> keys.size() >= 3);
        Thread.sleep(300); // more polls: none is handed over again
        context.getRouteController().stopRoute("poll");

        long s = t.getEpochSecond();
        assertThat(keys).containsExactlyInAnyOrder("CALL-1:201:" + s + ":", "CALL-1:201:" + (s + 1) + ":5",
                "CALL-1:301:" + (s + 1) + ":");
        assertThat(handed.get("CALL-1")).hasValue(3);
    }

    @Test
    void aPoisonReceiptHoldsBackOnlyTheMarkReadAndComesAgain() throws Exception {
        try (LogCapture log = new LogCapture(Level.WARN)) {
            startAndAwaitPollRule();
            context.getRouteController().stopRoute("poll"); // the rule keeps what arrives meanwhile
            Instant t = Instant.now().minusSeconds(3600);
            sim().addReceipt("A", "201", "Success", "1", null, t);
            sim().addReceipt("POISON", "201", "Success", "1", null, t.plusSeconds(10));
            sim().addReceipt("C", "201", "Success", "1", null, t.plusSeconds(20));
            context.getRouteController().startRoute("poll");
            await().atMost(Duration.ofSeconds(10)).until(() -> handed.getOrDefault("POISON", new AtomicInteger())
                    .get() >= 4);
            poisonFails.set(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> sim().receipts().stream()
                    .allMatch(SimulatedReceipt::isRead));
            Thread.sleep(300);
            context.getRouteController().stopRoute("poll");

            int failures = handed.get("POISON").get() - 1;
            assertThat(log.text().lines().filter(l -> l.contains("ClickSendVoicePollingConsumer")
                                                      && l.contains("POISON"))).as("one WARN a failing poll")
                    .hasSize(failures);
        }
        long t = sim().receipts().get(0).timestamp().getEpochSecond();
        assertThat(handed.get("A")).hasValue(1);
        assertThat(handed.get("C")).as("handed over at once, and not again").hasValue(1);
        assertThat(keys).extracting(k -> k.substring(0, k.indexOf(':'))).containsExactly("A", "C", "POISON");
        // while POISON failed, the mark-read stopped just before it; then one covered the rest
        assertThat(markReads()).extracting(RecordedRequest::body).containsExactly(
                "{\"date_before\":" + (t + 9) + "}", "{\"date_before\":" + (t + 21) + "}");
        assertThat(pollingConsumer().remembered()).isZero();
    }

    @Test
    void aPollCostsOneGetWhileNothingIsNewAndTheGraceEndsWithOneMarkRead() throws Exception {
        sim().clock().freeze();
        startAndAwaitPollRule();
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= 3);
        assertThat(gets()).as("idle: one GET a poll").allMatch(r -> "1".equals(r.query().get("page")));

        sim().addReceipts(250, SimulatedReceipt.builder().statusCode("201").digits("2"));
        await().atMost(Duration.ofSeconds(20)).until(() -> keys.size() >= 250);
        int getsAfterHandover = gets().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= getsAfterHandover + 10);
        assertThat(gets().subList(getsAfterHandover, gets().size())).as("nothing new: page 1 only, for its total")
                .allMatch(r -> "1".equals(r.query().get("page")));
        assertThat(markReads()).as("all inside markReadGrace").isEmpty();
        assertThat(pollingConsumer().remembered()).isEqualTo(250);

        sim().clock().advance(Duration.ofSeconds(61)); // the grace passes, with nothing new
        await().atMost(Duration.ofSeconds(10)).until(() -> !markReads().isEmpty());
        int getsAfterMarkRead = gets().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> gets().size() >= getsAfterMarkRead + 5);
        context.getRouteController().stopRoute("poll");

        assertThat(markReads()).hasSize(1);
        assertThat(sim().receipts()).allMatch(SimulatedReceipt::isRead);
        assertThat(keys).hasSize(250).doesNotHaveDuplicates();
        assertThat(pollingConsumer().remembered()).as("memory freed by the mark-read").isZero();
    }

    @Test
    void aGracefulShutdownStopsThePollEarlyMarksNothingAndLosesNothing() throws Exception {
        startAndAwaitPollRule();
        context.getRouteController().stopRoute("poll");
        sim().addReceipts(300, SimulatedReceipt.builder().statusCode("201").digits("4")
                .timestamp(Instant.now().minusSeconds(3600)));
        slow.set(true);
        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(10)).until(() -> keys.size() >= 20);
        context.getRouteController().stopRoute("poll");
        int atStop = keys.size();

        assertThat(atStop).as("stopped after the exchange under way, not at the end of the poll").isLessThan(300);
        assertThat(markReads()).as("a poll cut short marks nothing").isEmpty();
        slow.set(false);
        context.getRouteController().startRoute("poll");
        await().atMost(Duration.ofSeconds(20)).until(() -> sim().receipts().stream().allMatch(SimulatedReceipt::isRead));
        context.getRouteController().stopRoute("poll");
        assertThat(handed).hasSize(300);
    }

    @Test
    void theDefaultDelayIsFiveSeconds() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts").routeId("plain").autoStartup(false).to("mock:plain");
            }
        });
        context.getRouteController().startRoute("plain");
        long delay = ((ClickSendVoicePollingConsumer) context.getRoute("plain").getConsumer()).getDelay();
        context.getRouteController().stopRoute("plain");
        assertThat(delay).isEqualTo(5000);
    }
}
