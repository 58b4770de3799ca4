package io.github.camelclicksend.voice.simulator;

import java.lang.System.Logger.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Routing, authentication and rate-limit headers in front of {@link VoiceEndpoints}. Checked before the
 * credentials: an unknown path is {@code 404 "Invalid endpoint. Please try again."}, a known path with a wrong
 * method {@code 405 METHOD_NOT_FOUND} with an {@code Allow} header, as ClickSend's current description documents
 * (the live API was once seen answering 404 to a wrong method: a client should handle both).
 */
final class ApiHandler implements SimHttpServer.Handler {

    private static final System.Logger LOG = System.getLogger(ApiHandler.class.getName());
    private static final Pattern RECEIPT = Pattern.compile("/v3/voice/receipts/([^/]+)");
    private static final Pattern CANCEL = Pattern.compile("/v3/voice/([^/]+)/cancel");
    private static final Pattern FILE = Pattern.compile("/files/([^/]+)");
    private static final Pattern RULE = Pattern.compile("/v3/automations/voice/receipts/([^/]+)");

    /** An endpoint bound to its path parameter. */
    private interface Route {
        HttpResponse handle(Accounts.Account account, HttpRequest request);
    }

    private final Accounts accounts;
    private final RateLimiter rateLimiter;
    private final VoiceEndpoints endpoints;
    private final ReceiptRuleEndpoints rules;

    ApiHandler(Accounts accounts, RateLimiter rateLimiter, VoiceEndpoints endpoints, ReceiptRuleEndpoints rules) {
        this.accounts = accounts;
        this.rateLimiter = rateLimiter;
        this.endpoints = endpoints;
        this.rules = rules;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        Route route = route(request.method, request.path);
        Accounts.Account account = accounts.authenticate(request.header("Authorization"));
        RateLimiter.Decision limit = rateLimiter.count(account == null ? "" : account.username);
        HttpResponse response;
        if (route == null) {
            String allowed = allowedMethods(request.path);
            response = allowed.isEmpty() ? Json.error(404) : Json.error(405).header("Allow", allowed);
        } else if (account == null || account.standing == Accounts.Standing.NOT_ACTIVE) {
            response = Json.error(401);
        } else if (account.standing == Accounts.Standing.BANNED) {
            response = Json.error(403);
        } else if (limit.exceeded) {
            response = Json.error(429).header("Retry-After", Long.toString(limit.resetSeconds));
        } else {
            try {
                response = route.handle(account, request);
            } catch (ApiException e) {
                response = e.toResponse();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "simulator bug on " + request.method + " " + request.path, e);
                response = Json.error(500);
            }
        }
        return limit.applyTo(response);
    }

    @Override
    public HttpResponse decorate(HttpResponse response, HttpRequest request) {
        Accounts.Account account = accounts.authenticate(request.header("Authorization"));
        return rateLimiter.count(account == null ? "" : account.username).applyTo(response);
    }

    /** The methods a path answers to, e.g. "GET, POST"; "" for an unknown path. */
    private String allowedMethods(String path) {
        return Stream.of("GET", "POST", "PUT", "DELETE").filter(method -> route(method, path) != null)
                .collect(Collectors.joining(", "));
    }

    private Route route(String method, String path) {
        switch (method + " " + path) {
            case "POST /v3/voice/send": return endpoints::send;
            case "POST /v3/voice/price": return endpoints::price;
            case "GET /v3/voice/history": return endpoints::history;
            case "GET /v3/voice/history/export": return endpoints::exportHistory;
            case "GET /v3/voice/lang": return (account, request) -> endpoints.languages();
            case "GET /v3/voice/receipts": return endpoints::receipts;
            case "POST /v3/voice/receipts": return endpoints::addTestReceipt;
            case "PUT /v3/voice/receipts-read": return endpoints::markReceiptsRead;
            case "PUT /v3/voice/cancel-all": return (account, request) -> endpoints.cancelAll(account);
            case "GET /v3/automations/voice/receipts": return rules::list;
            case "POST /v3/automations/voice/receipts": return rules::create;
            default: break;
        }
        Matcher m;
        if ((m = RULE.matcher(path)).matches()) {
            String id = m.group(1);
            switch (method) {
                case "GET": return (account, request) -> rules.get(account, id);
                case "PUT": return (account, request) -> rules.update(account, id, request);
                case "DELETE": return (account, request) -> rules.delete(account, id);
                default: return null;
            }
        }
        if (method.equals("GET") && (m = RECEIPT.matcher(path)).matches()) {
            String id = m.group(1);
            return (account, request) -> endpoints.receipt(account, id);
        }
        if (method.equals("PUT") && (m = CANCEL.matcher(path)).matches()) {
            String id = m.group(1);
            return (account, request) -> endpoints.cancel(account, id);
        }
        if (method.equals("GET") && (m = FILE.matcher(path)).matches()) {
            String id = m.group(1);
            return (account, request) -> endpoints.download(account, id);
        }
        return null;
    }
}
