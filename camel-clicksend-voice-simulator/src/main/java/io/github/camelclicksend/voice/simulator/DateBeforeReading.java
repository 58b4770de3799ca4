package io.github.camelclicksend.voice.simulator;

/**
 * Which receipts {@code PUT /voice/receipts-read} with {@code date_before} = T marks read. ClickSend documents
 * "mark all as read before this timestamp", hence the default {@link #STRICTLY_BEFORE}; a client that must not
 * lose receipts should work under both readings.
 */
public enum DateBeforeReading {
    /** {@code timestamp < T} (default). */
    STRICTLY_BEFORE,
    /** {@code timestamp <= T}. */
    UP_TO
}
