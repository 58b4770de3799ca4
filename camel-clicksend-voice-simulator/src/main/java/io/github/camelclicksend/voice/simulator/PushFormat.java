package io.github.camelclicksend.voice.simulator;

/**
 * How a receipt is pushed to a URL rule's {@code action_address}. ClickSend documents the fields (API notes
 * 4.1) but not the request format for voice receipts; a form-encoded POST is the most likely, hence the default.
 */
public enum PushFormat {
    /** {@code POST}, {@code Content-Type: application/x-www-form-urlencoded} (default). */
    FORM,
    /** {@code POST}, {@code Content-Type: application/json}. */
    JSON,
    /** {@code GET}, the fields appended to the URL's query. */
    GET
}
