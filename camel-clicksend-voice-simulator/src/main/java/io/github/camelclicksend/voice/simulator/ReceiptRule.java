package io.github.camelclicksend.voice.simulator;

import java.util.List;

/**
 * A voice delivery-receipt rule ({@code /v3/automations/voice/receipts}), as the API shows it:
 * {@code receipt_rule_id}, {@code rule_name}, {@code match_type}, {@code action}, {@code action_address},
 * {@code enabled}. Immutable: an update replaces it. In the simulator two actions have an effect, for the
 * receipts of the rule's account that its {@code match_type} selects, while it is enabled: {@link #URL}
 * pushes each receipt to {@code action_address}, {@link #POLL} keeps it for {@code GET /voice/receipts}
 * (without one, nothing is kept unless {@link ClickSendSimulator.Builder#pollWithoutRule(boolean)} is on); the
 * other actions are stored and shown, nothing more.
 */
public final class ReceiptRule {

    /** {@code match_type} 0: every receipt. */
    public static final int MATCH_ALL = 0;
    /** {@code match_type} 1: only failed ({@code Undelivered}) receipts. */
    public static final int MATCH_FAILED = 1;
    /** {@code match_type} 2: only successful ({@code Delivered}) receipts. */
    public static final int MATCH_SUCCESSFUL = 2;

    public static final String URL = "URL";
    public static final String POLL = "POLL";
    /** The actions ClickSend's rule model lists. */
    public static final List<String> ACTIONS = List.of("AUTO_REPLY", "EMAIL_USER", "EMAIL_FIXED", URL, "SMS", POLL,
            "GROUP_SMS", "MOVE_CONTACT", "CREATE_CONTACT", "CREATE_CONTACT_PLUS_EMAIL", "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME", "SMPP", "NONE");

    private final int ruleId;
    private final String username;
    private final String ruleName;
    private final int matchType;
    private final String action;
    private final String actionAddress;
    private final boolean enabled;

    ReceiptRule(int ruleId, String username, String ruleName, int matchType, String action, String actionAddress,
                boolean enabled) {
        this.ruleId = ruleId;
        this.username = username;
        this.ruleName = ruleName;
        this.matchType = matchType;
        this.action = action;
        this.actionAddress = actionAddress;
        this.enabled = enabled;
    }

    /** {@code receipt_rule_id}: 1, 2, ... across all accounts. */
    public int ruleId() {
        return ruleId;
    }

    /** The account it belongs to. */
    public String username() {
        return username;
    }

    public String ruleName() {
        return ruleName;
    }

    /** {@link #MATCH_ALL}, {@link #MATCH_FAILED} or {@link #MATCH_SUCCESSFUL}. */
    public int matchType() {
        return matchType;
    }

    /** One of {@link #ACTIONS}, upper case. */
    public String action() {
        return action;
    }

    /** The URL (with its query, e.g. a token) for {@link #URL}, e.g. {@code poll} for {@link #POLL}; never blank. */
    public String actionAddress() {
        return actionAddress;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether this rule acts on the receipt: enabled, this action, and its match type selects the receipt. */
    boolean appliesTo(String wantedAction, SimulatedReceipt receipt) {
        return enabled && action.equals(wantedAction) && (matchType == MATCH_ALL
                || (matchType == MATCH_SUCCESSFUL) == receipt.delivered());
    }

    ReceiptRule with(String newName, int newMatchType, String newAction, String newAddress, boolean newEnabled) {
        return new ReceiptRule(ruleId, username, newName, newMatchType, newAction, newAddress, newEnabled);
    }

    /** Masks the query of the address, which may hold a webhook token. */
    @Override
    public String toString() {
        return "ReceiptRule[" + ruleId + " " + action + " " + PushRecord.maskQuery(actionAddress)
                + (enabled ? "" : ", disabled") + "]";
    }
}
