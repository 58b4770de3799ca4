package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web console: a page at the simulator's root (plain HTML, CSS and JavaScript from the jar) that shows the
 * calls, pushes, receipt rules, rate limit and faults, and lets a person answer ringing calls. Its own JSON:
 * {@code GET /_simulator/console/state}, {@code POST /_simulator/calls/{message_id}/answer},
 * {@code PUT /_simulator/console/ringing}. No authentication, as the ledgers: the server only listens on the
 * loopback interface; requests naming another host (DNS rebinding) and writes from another origin are refused.
 * No credential is shown, and every URL query is masked.
 */
final class ConsoleEndpoints {

    static final String STATE = InspectionEndpoints.PREFIX + "/console/state";
    static final String RINGING = InspectionEndpoints.PREFIX + "/console/ringing";
    private static final String ASSETS = InspectionEndpoints.PREFIX + "/console/";
    private static final Pattern ANSWER = Pattern.compile(InspectionEndpoints.PREFIX + "/calls/([^/]+)/answer");
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "console.css", "text/css; charset=utf-8",
            "console.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    /** Only what the page itself loads, from the simulator itself. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    private static final int SHOWN = 200;

    private final SimulatorState state;
    private final Callees callees;
    private final Supplier<List<PushRecord>> pushes;
    private final ReceiptRules rules;
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;
    private final String currency;
    private final IntSupplier port;

    ConsoleEndpoints(SimulatorState state, Callees callees, Supplier<List<PushRecord>> pushes, ReceiptRules rules,
                     RateLimiter rateLimiter, FaultPlan faults, String currency, IntSupplier port) {
        this.state = state;
        this.callees = callees;
        this.pushes = pushes;
        this.rules = rules;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.currency = currency;
        this.port = port;
    }

    static boolean handles(String path) {
        return path.equals("/") || path.startsWith(ASSETS) || ANSWER.matcher(path).matches();
    }

    HttpResponse handle(HttpRequest request) {
        if (!ownHost(request.header("Host"))) {
            return Json.response(403, "FORBIDDEN", "The console answers only at 127.0.0.1 or localhost.", null);
        }
        boolean read = request.method.equals("GET");
        Matcher answer = ANSWER.matcher(request.path);
        if (answer.matches()) {
            return request.method.equals("POST") ? fromThePage(request, () -> answer(answer.group(1), request))
                    : Json.error(405);
        }
        switch (request.path) {
            case "/":
                return read ? asset("index.html", "text/html; charset=utf-8")
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY) : Json.error(405);
            case STATE:
                return read ? Json.ok("The console's view.", state()).header("Cache-Control", "no-store")
                        : Json.error(405);
            case RINGING:
                return request.method.equals("PUT") ? fromThePage(request, () -> ringing(request)) : Json.error(405);
            default:
                String name = request.path.substring(ASSETS.length());
                String type = ASSET_TYPES.get(name);
                return type == null ? Json.error(404) : read ? asset(name, type) : Json.error(405);
        }
    }

    /**
     * A change only with a JSON body (which a page of another origin cannot send without a preflight, and none is
     * answered) and no foreign {@code Origin}.
     */
    private HttpResponse fromThePage(HttpRequest request, Supplier<HttpResponse> change) {
        String type = request.header("Content-Type");
        String origin = request.header("Origin");
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith(HttpResponse.JSON);
        if (!json || (origin != null && !ownHost(origin.replaceFirst("^https?://", "")))) {
            return Json.response(403, "FORBIDDEN", "Only the console's own page may do that.", null);
        }
        return change.get();
    }

    /** {@code {"answer":"keys","keys":"1"}}, {@code "no-key"}, {@code "unanswered"} or {@code "machine"}. */
    private HttpResponse answer(String messageId, HttpRequest request) {
        JsonNode body = Json.parse(request.bodyText());
        String answer = body == null ? "" : body.path("answer").asText("");
        Callee.Outcome outcome;
        try {
            outcome = switch (answer) {
                case "keys" -> Callee.Outcome.pressing(body.path("keys").asText(""));
                case "no-key" -> new Callee.Outcome(true, "");
                case "unanswered" -> Callee.Outcome.UNANSWERED;
                case "machine" -> Callee.Outcome.MACHINE;
                default -> throw new IllegalArgumentException(
                        "answer must be keys (with keys), no-key, unanswered or machine");
            };
        } catch (IllegalArgumentException e) {
            return Json.response(400, "BAD_REQUEST", e.getMessage(), null);
        }
        if (!state.answer(messageId, outcome)) {
            return Json.response(409, "NOT_RINGING", "No ringing call with this message_id.", null);
        }
        return Json.ok("Answered.", null);
    }

    /** {@code {"ring": true}}: calls without a callee script of their own ring until answered here. */
    private HttpResponse ringing(HttpRequest request) {
        JsonNode body = Json.parse(request.bodyText());
        JsonNode ring = body == null ? null : body.get("ring");
        if (ring == null || !ring.isBoolean()) {
            return Json.response(400, "BAD_REQUEST", "ring must be true or false.", null);
        }
        callees.ringByDefault(ring.asBoolean());
        return Json.ok("Calls without a script " + (ring.asBoolean() ? "ring here." : "are answered as built in."),
                Map.of("ring", ring.asBoolean()));
    }

    private Map<String, Object> state() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls());
        m.put("ringing_here", callees.ringByDefault());
        m.put("pushes", pushes());
        m.put("rules", rules.all().stream().map(ConsoleEndpoints::rule).toList());
        m.put("rate_limit", Map.of("limit", rateLimiter.limit(), "enforced", rateLimiter.enforced()));
        m.put("faults", faults.pending().stream().map(Fault::toString).toList());
        m.put("latency_ms", faults.latency().toMillis());
        return m;
    }

    /** The newest calls and rejected messages, newest first. */
    private List<Map<String, Object>> calls() {
        List<SimulatedCall> calls = state.calls();
        List<RejectedMessage> rejected = state.rejected();
        List<Map<String, Object>> rows = new ArrayList<>();
        int c = calls.size() - 1;
        int r = rejected.size() - 1;
        while (rows.size() < SHOWN && (c >= 0 || r >= 0)) {
            if (r >= 0 && rejected.get(r).callsBefore() > c) {
                rows.add(rejected(rejected.get(r--)));
            } else {
                rows.add(call(calls.get(c--)));
            }
        }
        return rows;
    }

    private Map<String, Object> call(SimulatedCall call) {
        Map<String, Object> m = sent(call.messageId(), call.dateAdded(), call.to(), call.voice(), call.lang(),
                call.body(), call.customString(), call.schedule());
        m.put("status", status(call.status()));
        m.put("require_input", call.requireInput());
        m.put("digits", call.digits());
        m.put("status_code", call.statusCode());
        m.put("status_text", call.statusText());
        m.put("machine_detected", call.machineDetected());
        m.put("price", call.messagePrice().toPlainString() + " " + currency);
        return m;
    }

    private static Map<String, Object> rejected(RejectedMessage row) {
        Map<String, Object> m = sent(row.messageId(), row.dateAdded(), row.to(), row.voice(), row.lang(), row.body(),
                row.customString(), row.schedule() == null ? null : row.schedule().toString());
        m.put("status", "rejected");
        m.put("code", row.code());
        return m;
    }

    /** What a call and a rejected message both show: the message as sent. */
    private static Map<String, Object> sent(String messageId, Instant time, String to, String voice, String lang,
                                            String body, String customString, Object schedule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", messageId);
        m.put("time", time.toString());
        m.put("to", to);
        m.put("voice", voice);
        m.put("lang", lang);
        m.put("body", body);
        m.put("custom_string", customString);
        m.put("schedule", schedule);
        return m;
    }

    /** The console's words: queued, scheduled, ringing, answered, unanswered, cancelled. */
    private static String status(String callStatus) {
        return switch (callStatus) {
            case SimulatedCall.SENT -> "answered";
            case SimulatedCall.FAILED -> "unanswered";
            default -> callStatus.toLowerCase(Locale.ROOT);
        };
    }

    private List<Map<String, Object>> pushes() {
        List<PushRecord> all = pushes.get();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && rows.size() < SHOWN; i--) {
            PushRecord push = all.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", push.time().toString());
            m.put("rule_id", push.ruleId());
            m.put("url", maskUrl(push.url()));
            m.put("message_id", push.messageId());
            m.put("digits", push.fields().get("digits"));
            m.put("attempt", push.attempt());
            m.put("status", push.status());
            m.put("failure", push.failure());
            rows.add(m);
        }
        return rows;
    }

    private static Map<String, Object> rule(ReceiptRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receipt_rule_id", rule.ruleId());
        m.put("rule_name", rule.ruleName());
        m.put("match_type", rule.matchType());
        m.put("action", rule.action());
        m.put("action_address", maskUrl(rule.actionAddress()));
        m.put("enabled", rule.enabled());
        return m;
    }

    /** Query values and any user:password before the host replaced by {@code ****}. */
    static String maskUrl(String url) {
        return url == null ? null : PushRecord.maskQuery(url).replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@",
                "$1****@");
    }

    private boolean ownHost(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        int p = port.getAsInt();
        return Set.of("127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p).contains(h);
    }

    private static HttpResponse asset(String name, String type) {
        try (InputStream in = ConsoleEndpoints.class.getResourceAsStream("console/" + name)) {
            if (in == null) {
                return Json.error(404);
            }
            return new HttpResponse(200, type, in.readAllBytes())
                    .header("Cache-Control", "no-cache")
                    .header("X-Content-Type-Options", "nosniff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
