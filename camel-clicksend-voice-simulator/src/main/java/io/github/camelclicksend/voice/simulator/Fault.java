package io.github.camelclicksend.voice.simulator;

import java.time.Duration;

/**
 * One registered fault: which requests it targets, how many it still affects, and what it does.
 * Created by {@link FaultSpec}; counters are guarded by the owning {@link FaultPlan}.
 */
public final class Fault {

    private final FaultType type;
    private final int status;
    private final String method;
    private final String path;
    private final Duration perChunk;
    private final int chunkBytes;
    private int toSkip;
    private int remaining;
    private volatile Long retryAfterSeconds;

    Fault(FaultTarget target, int count, FaultType type, int status, Duration perChunk, int chunkBytes) {
        this.type = type;
        this.status = status;
        this.method = target.method();
        this.path = target.path();
        this.toSkip = target.skipCount();
        this.remaining = count;
        this.perChunk = perChunk;
        this.chunkBytes = chunkBytes;
        this.retryAfterSeconds = status == 429 ? 1L : null; // a real 429 always carries Retry-After
    }

    /** Adds a {@code Retry-After} header (and {@code ratelimit-reset}) to the faulty response. */
    public Fault retryAfterSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0");
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    public FaultType type() {
        return type;
    }

    /** The HTTP status of the faulty answer (0 when the fault sends no status). */
    public int status() {
        return status;
    }

    /** The targeted path, or null for any path. */
    public String path() {
        return path;
    }

    /** The targeted method, or null for any method. */
    public String method() {
        return method;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** For {@link FaultType#TRICKLE}: the pause between two pieces of the response. */
    public Duration perChunk() {
        return perChunk;
    }

    /** For {@link FaultType#TRICKLE}: the size of each piece. */
    public int chunkBytes() {
        return chunkBytes;
    }

    /** How many more matching requests this fault will affect. */
    public int remaining() {
        synchronized (this) {
            return remaining;
        }
    }

    /** Called under the plan's lock: true when this fault takes the request, false when it lets it pass. */
    synchronized boolean offer(String requestMethod, String requestPath) {
        if (remaining <= 0 || (method != null && !method.equals(requestMethod))
                || (path != null && !path.equals(requestPath))) {
            return false;
        }
        if (toSkip > 0) {
            toSkip--;
            return false;
        }
        remaining--;
        return true;
    }

    @Override
    public String toString() {
        return "Fault[" + type + (status > 0 ? " " + status : "") + (method != null ? " on " + method : "")
                + (path != null ? " " + path : "") + ", remaining=" + remaining() + "]";
    }
}
