package io.github.camelclicksend.voice.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/** The account's voice receipt rules that match, read page by page (oldest first, as the API lists them). */
final class ReceiptRuleSearch {

    private static final int RULES_PER_PAGE = 100;

    private ReceiptRuleSearch() {
    }

    static List<VoiceReceiptRule> find(ClickSendVoiceClient client, Predicate<VoiceReceiptRule> wanted) {
        List<VoiceReceiptRule> found = new ArrayList<>();
        for (int page = 1;; page++) {
            Page<VoiceReceiptRule> rules = client.receiptRules(page, RULES_PER_PAGE).data();
            rules.getItems().stream().filter(wanted).forEach(found::add);
            if (!rules.hasNext() || rules.getItems().isEmpty()) {
                return found;
            }
        }
    }

    /** Enabled, with this action (case aside). */
    static Predicate<VoiceReceiptRule> enabled(String action) {
        return rule -> rule.isEnabled() && action.equalsIgnoreCase(rule.getAction());
    }
}
