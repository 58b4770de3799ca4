package io.github.camelclicksend.voice.simulator;

import java.util.List;

/**
 * Called each time {@code GET /voice/receipts} has cut a page, on the server thread, before the answer is
 * written; what it adds to the simulator is not in that page but is seen by the next request. The hook for
 * "a receipt arrives while a poll is in progress" ({@link ClickSendSimulator#onReceiptsPage}).
 */
@FunctionalInterface
public interface ReceiptsPageListener {

    /**
     * @param username the polling account
     * @param page     the page number requested (1 for the first)
     * @param receipts the receipts on the page, in order
     */
    void pageServed(String username, int page, List<SimulatedReceipt> receipts);
}
