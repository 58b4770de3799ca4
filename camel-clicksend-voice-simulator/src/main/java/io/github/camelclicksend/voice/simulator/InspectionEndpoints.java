package io.github.camelclicksend.voice.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Read-only views of the simulator outside the API, for the {@code java -jar} use: {@code GET
 * /_simulator/requests} (the request ledger without headers, bodies or credentials) and {@code GET
 * /_simulator/pushes} (the push ledger, URL queries masked). No authentication: the server only listens on
 * the loopback interface. Not recorded in the ledger, never faulted.
 */
final class InspectionEndpoints {

    static final String PREFIX = "/_simulator";

    private final RequestLedger requests;
    private final Supplier<List<PushRecord>> pushes;

    InspectionEndpoints(RequestLedger requests, Supplier<List<PushRecord>> pushes) {
        this.requests = requests;
        this.pushes = pushes;
    }

    static boolean handles(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    HttpResponse handle(HttpRequest request) {
        if (!request.method.equals("GET")) {
            return Json.error(405);
        }
        switch (request.path) {
            case PREFIX + "/requests":
                return Json.ok("Recorded requests, oldest first.",
                        Map.of("requests", requests.all().stream().map(RequestLog::json).toList()));
            case PREFIX + "/pushes":
                return Json.ok("Receipt pushes, oldest first.",
                        Map.of("pushes", pushes.get().stream().map(InspectionEndpoints::json).toList()));
            default:
                return Json.error(404);
        }
    }

    private static Map<String, Object> json(PushRecord push) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", push.time().toString());
        m.put("rule_id", push.ruleId());
        m.put("url", PushRecord.maskQuery(push.url()));
        m.put("format", push.format().name());
        m.put("attempt", push.attempt());
        m.put("status", push.status());
        m.put("failure", push.failure());
        m.put("fields", push.fields());
        return m;
    }
}
