package io.github.camelclicksend.voice.simulator;

/**
 * Which requests a fault applies to: optionally one path and one method, after letting the first
 * {@code skip} matching requests through. Immutable; each method returns a narrowed copy.
 */
public final class FaultTarget {

    private final FaultPlan plan;
    private final String method;
    private final String path;
    private final int skip;

    FaultTarget(FaultPlan plan, String method, String path, int skip) {
        this.plan = plan;
        this.method = method;
        this.path = path;
        this.skip = skip;
    }

    /**
     * Only requests to this exact path, e.g. {@code "/v3/voice/send"}; a path without the {@code /v3}
     * prefix (e.g. {@code "/voice/send"}) gets it added.
     */
    public FaultTarget onPath(String path) {
        return new FaultTarget(plan, method, FaultPlan.normalizePath(path), skip);
    }

    /** Only requests with this HTTP method (case-insensitive). */
    public FaultTarget onMethod(String method) {
        return new FaultTarget(plan, method.toUpperCase(java.util.Locale.ROOT), path, skip);
    }

    /** Lets the first {@code k} matching requests through untouched. */
    public FaultTarget skip(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("skip must be >= 0");
        }
        return new FaultTarget(plan, method, path, k);
    }

    /** The fault then applies to the next {@code n} matching requests. */
    public FaultSpec next(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1");
        }
        return new FaultSpec(plan, this, n);
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    int skipCount() {
        return skip;
    }
}
