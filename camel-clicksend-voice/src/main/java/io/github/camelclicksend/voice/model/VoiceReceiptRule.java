package io.github.camelclicksend.voice.model;

/**
 * A voice delivery-receipt rule: what ClickSend does with each receipt of a voice call, e.g. push it to a URL
 * ({@code action} {@code URL}) or keep it for polling ({@code POLL}). Immutable; use {@link #builder()}.
 *
 * <p>The action address of a URL rule usually holds a secret (the webhook token): {@link #toString()} leaves it out.
 */
public final class VoiceReceiptRule {

    /** The action that pushes each receipt to {@link #getActionAddress()}. */
    public static final String ACTION_URL = "URL";
    /** The action that keeps receipts for {@code GET /voice/receipts}. */
    public static final String ACTION_POLL = "POLL";
    /** {@code match_type} 0: the rule applies to every receipt. */
    public static final int MATCH_ALL = 0;

    private Long receiptRuleId;
    private String ruleName;
    private Integer matchType;
    private String action;
    private String actionAddress;
    private Boolean enabled;

    VoiceReceiptRule() {
        // read from the API's JSON
    }

    private VoiceReceiptRule(Builder b) {
        this.receiptRuleId = b.ruleId;
        this.ruleName = b.ruleName;
        this.matchType = b.matchType;
        this.action = b.action;
        this.actionAddress = b.actionAddress;
        this.enabled = b.enabled;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().ruleId(receiptRuleId).ruleName(ruleName).matchType(matchType == null ? MATCH_ALL : matchType).action(action)
                .actionAddress(actionAddress).enabled(isEnabled());
    }

    /** ClickSend's id of the rule ({@code receipt_rule_id}); null for a rule not created yet. */
    public Long getRuleId() {
        return receiptRuleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    /** Which receipts the rule applies to: 0 for all; null when not set. */
    public Integer getMatchType() {
        return matchType;
    }

    /** What the rule does: {@code URL}, {@code POLL}, ... */
    public String getAction() {
        return action;
    }

    /** Where the action goes, e.g. the URL receipts are pushed to. */
    public String getActionAddress() {
        return actionAddress;
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled);
    }

    @Override
    public String toString() {
        // no action address: it usually carries the webhook token
        return "VoiceReceiptRule[ruleId=" + receiptRuleId + ", ruleName=" + ruleName + ", action=" + action
               + ", enabled=" + enabled + "]";
    }

    /** Builds a rule to create or update: enabled and matching every receipt unless told otherwise. */
    public static final class Builder {
        private Long ruleId;
        private String ruleName;
        private int matchType = MATCH_ALL;
        private String action;
        private String actionAddress;
        private boolean enabled = true;

        private Builder() {
        }

        public Builder ruleId(Long ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        public Builder ruleName(String ruleName) {
            this.ruleName = ruleName;
            return this;
        }

        public Builder matchType(int matchType) {
            this.matchType = matchType;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder actionAddress(String actionAddress) {
            this.actionAddress = actionAddress;
            return this;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public VoiceReceiptRule build() {
            return new VoiceReceiptRule(this);
        }
    }
}
