package io.github.camelclicksend.voice.consumer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The voice receipt rule that makes ClickSend push receipts to the webhook: created when the consumer starts, unless
 * an enabled URL rule with the same address exists (ClickSend pushes each receipt once per matching rule, so a second
 * rule would mean every receipt twice), and deleted when it stops, but only if this consumer created it. The address
 * holds the token: it is never logged.
 */
public final class WebhookRegistration {

    public static final String RULE_NAME = "Camel clicksend-voice webhook";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);
    private static final int RULES_PER_PAGE = 100;

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;
    private Long createdRuleId;

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

    public void register() {
        ClickSendVoiceConfiguration c = endpoint.getConfiguration();
        if (!shouldRegister(c)) {
            return;
        }
        String address = actionAddress(c);
        ClickSendVoiceClient client = this.client.get();
        VoiceReceiptRule existing = findEnabledRule(client, address);
        if (existing != null) {
            LOG.info("Voice receipt rule {} already pushes to {}{}: used as it is, and left in place on stop",
                    existing.getRuleId(), c.getWebhookExternalUrl(), c.getWebhookPath());
            return;
        }
        VoiceReceiptRule created = client.createReceiptRule(VoiceReceiptRule.builder().ruleName(RULE_NAME)
                .action(VoiceReceiptRule.ACTION_URL).actionAddress(address).build()).data();
        createdRuleId = created == null ? null : created.getRuleId();
        LOG.info("Created voice receipt rule {} pushing to {}{}", createdRuleId, c.getWebhookExternalUrl(),
                c.getWebhookPath());
    }

    /** Deletes the rule this consumer created, if any; a failure is logged, as stopping must go on. */
    public void unregister() {
        Long ruleId = createdRuleId;
        if (ruleId == null) {
            return;
        }
        createdRuleId = null;
        try {
            client.get().deleteReceiptRule(ruleId);
            LOG.info("Deleted voice receipt rule {}", ruleId);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete voice receipt rule {}; delete it in the dashboard or with the "
                     + "deleteReceiptRule operation: {}", ruleId, e.getMessage());
        }
    }

    private static VoiceReceiptRule findEnabledRule(ClickSendVoiceClient client, String address) {
        for (int page = 1;; page++) {
            Page<VoiceReceiptRule> rules = client.receiptRules(page, RULES_PER_PAGE).data();
            for (VoiceReceiptRule rule : rules.getItems()) {
                if (rule.isEnabled() && VoiceReceiptRule.ACTION_URL.equalsIgnoreCase(rule.getAction())
                    && address.equals(rule.getActionAddress())) {
                    return rule;
                }
            }
            if (!rules.hasNext() || rules.getItems().isEmpty()) {
                return null;
            }
        }
    }
}
