package io.github.camelclicksend.voice.consumer;

import java.util.List;

import java.util.function.Supplier;

import org.apache.hc.core5.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The voice receipt rule with action POLL, without which ClickSend keeps no receipt for polling: looked for at the
 * consumer's first poll (not at start, so that an unreachable API cannot stop the CamelContext), created when missing
 * and {@code pollRuleAutoRegister} is on, never created twice and never deleted (it keeps receipts while the
 * application is down). Until the rules could be read, each poll tries again.
 */
public final class PollRule {

    static final String RULE_NAME = "Camel clicksend-voice polling";
    static final String ACTION_ADDRESS = "poll";

    private static final Logger LOG = LoggerFactory.getLogger(PollRule.class);

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;
    private boolean settled;

    public PollRule(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    /** Makes sure of the rule once; a failure is logged and the next poll tries again. */
    public void ensure() {
        if (settled) {
            return;
        }
        try {
            settled = check(client.get(), endpoint.getConfiguration().isPollRuleAutoRegister());
        } catch (ClickSendVoiceApiException e) {
            if (e.getHttpCode() == HttpStatus.SC_TOO_MANY_REQUESTS) {
                LOG.debug("Rate limited while reading the voice receipt rules; the next poll tries again");
                return;
            }
            LOG.warn("Could not read or create the voice receipt rule with action POLL ({}); polling goes on and the "
                     + "next poll tries again", e.getMessage());
        }
    }

    private static boolean check(ClickSendVoiceClient client, boolean autoRegister) {
        List<VoiceReceiptRule> rules = ReceiptRuleSearch.find(client,
                ReceiptRuleSearch.enabled(VoiceReceiptRule.ACTION_POLL));
        if (!rules.isEmpty()) {
            LOG.info("Voice receipts are kept for polling by receipt rule {}", rules.get(0).getRuleId());
        } else if (autoRegister) {
            VoiceReceiptRule created = client.createReceiptRule(VoiceReceiptRule.builder().ruleName(RULE_NAME)
                    .action(VoiceReceiptRule.ACTION_POLL).actionAddress(ACTION_ADDRESS).build()).data();
            LOG.info("Created voice receipt rule {} with action POLL, so that ClickSend keeps receipts for polling; "
                     + "it stays when the application stops", created == null ? "(no id returned)" : created.getRuleId());
        } else {
            LOG.warn("The account has no enabled voice receipt rule with action POLL: ClickSend keeps no receipts for "
                     + "polling without one, and this consumer will find none. Create one (operation "
                     + "createReceiptRule with action POLL, or the dashboard's voice delivery report rules), or set "
                     + "pollRuleAutoRegister=true");
        }
        return true;
    }
}
