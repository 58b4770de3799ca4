package io.github.camelclicksend.voice.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The faults to inject, consumed in the order requests arrive. Thread-safe.
 *
 * <pre>{@code
 * sim.faults().next(2).respond(503);                                // the next 2 requests get 503, not processed
 * sim.faults().next(1).respond(429).retryAfterSeconds(1);           // 429 with Retry-After: 1
 * sim.faults().next(1).respondAfterProcessing(502);                 // calls accepted, client sees 502
 * sim.faults().next(1).dropBeforeBody();                            // RST before the body is read
 * sim.faults().next(1).dropAfterProcessing();                       // processed, then RST
 * sim.faults().next(1).closeWithoutResponse();                      // processed, then FIN, no answer
 * sim.faults().next(1).malformedJson();                             // processed, 200 with cut JSON
 * sim.faults().next(1).htmlErrorPage(502);                          // proxy HTML page, not processed
 * sim.faults().next(1).trickle(Duration.ofMillis(50));              // processed, answer 16 bytes per 50 ms
 * sim.faults().onPath("/v3/voice/send").skip(1).next(1).respond(500); // only the 2nd send
 * sim.faults().latency(Duration.ofMillis(300));                     // every answer 300 ms late, until cleared
 * sim.faults().clear();
 * }</pre>
 *
 * Faults are checked in the order they were added; the first one that takes a request applies to it.
 * A fault that lets a request through because of {@code skip} still counts it, and later faults then see it.
 */
public final class FaultPlan {

    private final List<Fault> faults = new ArrayList<>();
    private volatile Duration latency = Duration.ZERO;

    FaultPlan() {
    }

    /** The next {@code n} requests, whatever their path. */
    public FaultSpec next(int n) {
        return anyRequest().next(n);
    }

    /** Requests to one path only, e.g. {@code "/v3/voice/send"}. */
    public FaultTarget onPath(String path) {
        return anyRequest().onPath(path);
    }

    /** Requests with one method only. */
    public FaultTarget onMethod(String method) {
        return anyRequest().onMethod(method);
    }

    /** Lets the first {@code k} requests through, then applies the fault. */
    public FaultTarget skip(int k) {
        return anyRequest().skip(k);
    }

    /** Every request. */
    public FaultTarget anyRequest() {
        return new FaultTarget(this, null, null, 0);
    }

    /** Delays every response by {@code delay} (after processing, before the first byte) until cleared. */
    public FaultPlan latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must be >= 0");
        }
        this.latency = delay;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** The faults that still have requests to affect. */
    public synchronized List<Fault> pending() {
        return List.copyOf(faults);
    }

    /** Removes every fault and the latency. */
    public synchronized void clear() {
        faults.clear();
        latency = Duration.ZERO;
    }

    synchronized void add(Fault fault) {
        faults.add(fault);
    }

    /** The fault that takes this request, or null. */
    synchronized Fault take(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            Fault fault = faults.get(i);
            if (fault.offer(method, path)) {
                if (fault.remaining() == 0) {
                    faults.remove(i);
                }
                return fault;
            }
        }
        return null;
    }

    /** A path given by a user: a leading slash and the {@code /v3} prefix are added when missing. */
    static String normalizePath(String path) {
        Objects.requireNonNull(path, "path");
        String p = HttpRequest.canonicalPath(path.startsWith("/") ? path : "/" + path);
        return p.startsWith("/v3/") || p.equals("/v3") || p.startsWith("/files/") ? p : "/v3" + p;
    }

}
