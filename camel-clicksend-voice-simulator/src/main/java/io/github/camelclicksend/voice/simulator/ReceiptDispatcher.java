package io.github.camelclicksend.voice.simulator;

import java.util.Map;

/**
 * Where a new receipt goes: into the store (listed for polling only when, at that moment, an enabled POLL rule
 * of its account selects it, unless the {@code pollWithoutRule} switch is on) and to every enabled URL rule of
 * its account that selects it.
 */
final class ReceiptDispatcher {

    private final ReceiptStore store;
    private final ReceiptRules rules;
    private final ReceiptPusher pusher;
    private final Accounts accounts;
    private final Switches switches;

    ReceiptDispatcher(ReceiptStore store, ReceiptRules rules, ReceiptPusher pusher, Accounts accounts,
                      Switches switches) {
        this.store = store;
        this.rules = rules;
        this.pusher = pusher;
        this.accounts = accounts;
        this.switches = switches;
    }

    /** A receipt of a call made, or one a test added. */
    void deliver(SimulatedReceipt receipt) {
        store.add(receipt, pollable(receipt));
        for (ReceiptRule rule : rules.applying(ReceiptRule.URL, receipt)) {
            pusher.push(rule.ruleId(), rule.actionAddress(), pushed(receipt));
        }
    }

    /** {@code POST /voice/receipts} with {@code "poll"}: into the poll queue, which needs a POLL rule as above. */
    void queueTestReceipt(SimulatedReceipt receipt) {
        store.add(receipt, pollable(receipt));
    }

    private boolean pollable(SimulatedReceipt receipt) {
        return switches.pollWithoutRule || !rules.applying(ReceiptRule.POLL, receipt).isEmpty();
    }

    /** {@code POST /voice/receipts} with a URL: pushed there only (rule id null), not stored. */
    void pushTestReceipt(String url, SimulatedReceipt receipt) {
        pusher.push(null, url, pushed(receipt));
    }

    private Map<String, Object> pushed(SimulatedReceipt receipt) {
        return WireFormat.pushedReceipt(receipt, accounts.get(receipt.username()));
    }
}
