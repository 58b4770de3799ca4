package io.github.camelclicksend.voice.consumer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The voice receipt rule that makes ClickSend push receipts to the webhook (DESIGN 3.6). On start: an enabled URL rule
 * with the same address is used as it is (ClickSend pushes each receipt once per matching rule, so a second rule would
 * mean every receipt twice); otherwise one is created, and the rules are read again, so that of two instances that
 * created one at the same moment, the one with the newer rule deletes it. When the API cannot be reached, the
 * registration is retried in the background until it succeeds. The rule stays when the consumer stops (a restart or
 * a rolling deploy is never left without it) unless {@code webhookAutoUnregister}, which deletes only the rule this
 * consumer created. The address holds the token: it is never logged.
 */
public final class WebhookRegistration {

    public static final String RULE_NAME = "Camel clicksend-voice webhook";
    static final long FIRST_RETRY_MILLIS = 1000;
    static final long MAX_RETRY_MILLIS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;
    private volatile Long createdRuleId;
    private volatile boolean registered;
    private ScheduledExecutorService retries;

    public WebhookRegistration(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /** webhookExternalUrl + webhookPath + ?token=...: the URL ClickSend is given. */
    static String actionAddress(ClickSendVoiceConfiguration c) {
        String base = c.getWebhookExternalUrl().trim();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + c.getWebhookPath() + "?" + WebhookRequest.TOKEN + "="
               + URLEncoder.encode(c.getWebhookToken(), StandardCharsets.UTF_8);
    }

    private static boolean shouldRegister(ClickSendVoiceConfiguration c) {
        // blank counts as unset: a property such as ${PUBLIC_URL:} resolves to ""
        return c.getWebhookExternalUrl() != null && !c.getWebhookExternalUrl().isBlank() && c.isWebhookAutoRegister();
    }

    /** Registers now, or, when that fails, keeps trying in the background (on the executor given) until it succeeds. */
    public void start(ScheduledExecutorService executor) {
        if (!shouldRegister(endpoint.getConfiguration())) {
            return;
        }
        retries = executor;
        attempt(FIRST_RETRY_MILLIS);
    }

    /** Whether the rule is in place (found or created) since the consumer started. */
    public boolean isRegistered() {
        return registered;
    }

    private void attempt(long nextWaitMillis) {
        try {
            register();
            registered = true;
        } catch (RuntimeException e) {
            ScheduledExecutorService executor = retries;
            if (executor == null || executor.isShutdown()) {
                return;
            }
            LOG.warn("Could not register the voice receipt rule for {}{} ({}); the webhook serves anyway and the "
                     + "registration is tried again in {} s", endpoint.getConfiguration().getWebhookExternalUrl(),
                    endpoint.getConfiguration().getWebhookPath(), e.getMessage(), nextWaitMillis / 1000.0);
            executor.schedule(() -> attempt(Math.min(nextWaitMillis * 2, MAX_RETRY_MILLIS)), nextWaitMillis,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void register() {
        ClickSendVoiceConfiguration c = endpoint.getConfiguration();
        String address = actionAddress(c);
        ClickSendVoiceClient client = this.client.get();
        VoiceReceiptRule existing = oldest(client, address);
        if (existing != null) {
            LOG.info("Voice receipt rule {} already pushes to {}{}: used as it is", existing.getRuleId(),
                    c.getWebhookExternalUrl(), c.getWebhookPath());
            return;
        }
        VoiceReceiptRule created = client.createReceiptRule(VoiceReceiptRule.builder().ruleName(RULE_NAME)
                .action(VoiceReceiptRule.ACTION_URL).actionAddress(address).build()).data();
        Long ruleId = created == null ? null : created.getRuleId();
        createdRuleId = ruleId; // null when the API did not say which rule it created: then it is never deleted
        // another instance may have created one at the same moment: the oldest stays, the others go
        VoiceReceiptRule oldest = oldest(client, address);
        if (ruleId != null && oldest != null && oldest.getRuleId() != null && oldest.getRuleId() < ruleId) {
            client.deleteReceiptRule(ruleId);
            createdRuleId = null;
            LOG.info("Voice receipt rule {} pushes to {}{} (created by another instance at the same moment): the one "
                     + "created here, {}, was deleted", oldest.getRuleId(), c.getWebhookExternalUrl(),
                    c.getWebhookPath(), ruleId);
            return;
        }
        LOG.info("Created voice receipt rule {} pushing to {}{}", ruleId == null ? "(no id returned)" : ruleId,
                c.getWebhookExternalUrl(), c.getWebhookPath());
    }

    /** Stops retrying; with webhookAutoUnregister, deletes the rule this consumer created (a failure is logged). */
    public void stop() {
        retries = null;
        Long ruleId = createdRuleId;
        createdRuleId = null;
        registered = false;
        if (ruleId == null || !endpoint.getConfiguration().isWebhookAutoUnregister()) {
            return;
        }
        try {
            client.get().deleteReceiptRule(ruleId);
            LOG.info("Deleted voice receipt rule {} (webhookAutoUnregister)", ruleId);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete voice receipt rule {}; delete it in the dashboard or with the "
                     + "deleteReceiptRule operation: {}", ruleId, e.getMessage());
        }
    }

    /** The enabled URL rule with this address and the lowest id, or null. */
    private static VoiceReceiptRule oldest(ClickSendVoiceClient client, String address) {
        List<VoiceReceiptRule> same = ReceiptRuleSearch.find(client, ReceiptRuleSearch
                .enabled(VoiceReceiptRule.ACTION_URL).and(rule -> address.equals(rule.getActionAddress())));
        return same.stream().min(Comparator.comparing(VoiceReceiptRule::getRuleId,
                Comparator.nullsLast(Comparator.naturalOrder()))).orElse(null);
    }
}
