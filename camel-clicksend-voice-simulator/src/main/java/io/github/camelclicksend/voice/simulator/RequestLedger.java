package io.github.camelclicksend.voice.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** Every request received, oldest first, capped so long load runs do not exhaust memory. */
final class RequestLedger {

    private final int capacity;
    private final Deque<RecordedRequest> requests = new ArrayDeque<>();

    RequestLedger(int capacity) {
        this.capacity = capacity;
    }

    RecordedRequest record(HttpRequest request) {
        RecordedRequest recorded = new RecordedRequest(request.method, request.path, request.query(), request.headers,
                request.bodyText(), request.received);
        synchronized (requests) {
            if (requests.size() >= capacity) {
                requests.removeFirst();
            }
            requests.addLast(recorded);
        }
        return recorded;
    }

    List<RecordedRequest> all() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<RecordedRequest> matching(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        String p = FaultPlan.normalizePath(path);
        List<RecordedRequest> result = new ArrayList<>();
        for (RecordedRequest r : all()) {
            if (r.method().equals(m) && r.path().equals(p)) {
                result.add(r);
            }
        }
        return List.copyOf(result);
    }

    void clear() {
        synchronized (requests) {
            requests.clear();
        }
    }
}
