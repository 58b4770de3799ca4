package io.github.camelclicksend.voice.simulator;

/** What a {@link Fault} does to a request, and whether the simulator still processes that request. */
public enum FaultType {
    /** Answer an API-style JSON error with the given status; the request is not processed. */
    RESPOND(false),
    /** Process the request (calls are accepted and recorded), then answer an API-style error instead of the result. */
    RESPOND_AFTER_PROCESSING(true),
    /** Read the request head, then reset the connection (RST) without reading the body; not processed. */
    DROP_BEFORE_BODY(false),
    /** Read and process the request, then reset the connection (RST) without answering. */
    DROP_AFTER_PROCESSING(true),
    /** Read and process the request, then close the connection cleanly (FIN) without answering. */
    CLOSE_WITHOUT_RESPONSE(true),
    /** Process the request and answer 200 with the JSON cut in half. */
    MALFORMED_JSON(true),
    /** Answer an HTML error page as a reverse proxy would; not processed. */
    HTML_ERROR_PAGE(false),
    /** Process the request and write the real response a few bytes at a time. */
    TRICKLE(true);

    private final boolean processesRequest;

    FaultType(boolean processesRequest) {
        this.processesRequest = processesRequest;
    }

    /** True when the request is handled normally (so a send records its calls) before the fault applies. */
    public boolean processesRequest() {
        return processesRequest;
    }
}
