package io.github.camelclicksend.voice.simulator;

import java.time.Duration;
import java.util.Objects;

/** The last step of {@code faults().next(n)}: choose what happens to those requests. Each method registers the fault. */
public final class FaultSpec {

    static final int DEFAULT_TRICKLE_BYTES = 16;

    private final FaultPlan plan;
    private final FaultTarget target;
    private final int count;

    FaultSpec(FaultPlan plan, FaultTarget target, int count) {
        this.plan = plan;
        this.target = target;
        this.count = count;
    }

    /** Answers an API-style JSON error (e.g. 500, 502, 503, 429) without processing the request. */
    public Fault respond(int status) {
        return add(FaultType.RESPOND, checkStatus(status), null, 0);
    }

    /** Processes the request (calls are accepted), then answers an API-style error: the outcome is unknown to the client. */
    public Fault respondAfterProcessing(int status) {
        return add(FaultType.RESPOND_AFTER_PROCESSING, checkStatus(status), null, 0);
    }

    /** Reads the request head, then resets the connection (SO_LINGER 0) without reading the body; not processed. */
    public Fault dropBeforeBody() {
        return add(FaultType.DROP_BEFORE_BODY, 0, null, 0);
    }

    /** Reads and processes the request, then resets the connection without answering. */
    public Fault dropAfterProcessing() {
        return add(FaultType.DROP_AFTER_PROCESSING, 0, null, 0);
    }

    /** Reads and processes the request, then closes the connection cleanly (FIN) without answering. */
    public Fault closeWithoutResponse() {
        return add(FaultType.CLOSE_WITHOUT_RESPONSE, 0, null, 0);
    }

    /** Processes the request and answers 200 with truncated JSON. */
    public Fault malformedJson() {
        return add(FaultType.MALFORMED_JSON, 200, null, 0);
    }

    /** Answers a {@code text/html} error page as a proxy would (e.g. 502); not processed. */
    public Fault htmlErrorPage(int status) {
        return add(FaultType.HTML_ERROR_PAGE, checkStatus(status), null, 0);
    }

    /** Processes the request and writes the real response 16 bytes at a time, pausing {@code perChunk} between pieces. */
    public Fault trickle(Duration perChunk) {
        return trickle(perChunk, DEFAULT_TRICKLE_BYTES);
    }

    /** As {@link #trickle(Duration)} with a chosen piece size. */
    public Fault trickle(Duration perChunk, int chunkBytes) {
        Objects.requireNonNull(perChunk, "perChunk");
        if (perChunk.isNegative() || chunkBytes < 1) {
            throw new IllegalArgumentException("perChunk must be >= 0 and chunkBytes >= 1");
        }
        return add(FaultType.TRICKLE, 0, perChunk, chunkBytes);
    }

    private Fault add(FaultType type, int status, Duration perChunk, int chunkBytes) {
        Fault fault = new Fault(target, count, type, status, perChunk, chunkBytes);
        plan.add(fault);
        return fault;
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        return status;
    }
}
