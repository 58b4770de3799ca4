package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The voice delivery-receipt rules of all accounts, and the API's checks on them. Ids are 1, 2, ... across
 * accounts; an account sees only its own. Thread-safe.
 */
final class ReceiptRules {

    /** The fields of a create or update request; null when absent. */
    static final class Fields {
        String ruleName;
        Integer matchType;
        String action;
        String actionAddress;
        Boolean enabled;

        /** Reads a JSON request body; a field of the wrong type is a 400 naming it. */
        static Fields fromJson(JsonNode body) {
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("Invalid JSON in request body.");
            }
            Fields f = new Fields();
            f.ruleName = text(body, "rule_name");
            f.matchType = whole(body, "match_type");
            f.action = text(body, "action");
            f.actionAddress = text(body, "action_address");
            JsonNode enabled = body.get("enabled");
            f.enabled = enabled == null || enabled.isNull() ? null
                    : enabled.isBoolean() ? enabled.asBoolean() : flag(whole(body, "enabled"));
            return f;
        }
    }

    // guarded by this
    private final Map<Integer, ReceiptRule> byId = new LinkedHashMap<>();
    private int lastId;

    /** Creates a rule; every field is required. */
    synchronized ReceiptRule create(String username, Fields f) {
        requireAll(f);
        ReceiptRule rule = checked(new ReceiptRule(lastId + 1, username, f.ruleName.trim(), f.matchType,
                f.action.trim().toUpperCase(Locale.ROOT), f.actionAddress.trim(), f.enabled));
        lastId++;
        byId.put(rule.ruleId(), rule);
        return rule;
    }

    /** Replaces a rule's fields; every field is required, as on create. Null when the account has no such rule. */
    synchronized ReceiptRule update(String username, int ruleId, Fields f) {
        ReceiptRule old = find(username, ruleId);
        if (old == null) {
            return null;
        }
        requireAll(f);
        ReceiptRule rule = checked(old.with(f.ruleName.trim(), f.matchType, f.action.trim().toUpperCase(Locale.ROOT),
                f.actionAddress.trim(), f.enabled));
        byId.put(ruleId, rule);
        return rule;
    }

    synchronized boolean delete(String username, int ruleId) {
        return find(username, ruleId) != null && byId.remove(ruleId) != null;
    }

    synchronized ReceiptRule find(String username, int ruleId) {
        ReceiptRule rule = byId.get(ruleId);
        return rule != null && rule.username().equals(username) ? rule : null;
    }

    /** The account's rules, oldest first. */
    synchronized List<ReceiptRule> of(String username) {
        return byId.values().stream().filter(r -> r.username().equals(username)).toList();
    }

    synchronized List<ReceiptRule> all() {
        return List.copyOf(byId.values());
    }

    /** The account's rules with this action that act on the receipt. */
    synchronized List<ReceiptRule> applying(String action, SimulatedReceipt receipt) {
        List<ReceiptRule> result = new ArrayList<>(1);
        for (ReceiptRule rule : byId.values()) {
            if (rule.username().equals(receipt.username()) && rule.appliesTo(action, receipt)) {
                result.add(rule);
            }
        }
        return result;
    }

    synchronized void clear() {
        byId.clear();
        lastId = 0;
    }

    private static ReceiptRule checked(ReceiptRule rule) {
        if (rule.matchType() < ReceiptRule.MATCH_ALL || rule.matchType() > ReceiptRule.MATCH_SUCCESSFUL) {
            throw ApiException.badRequest("match_type must be 0 (all reports), 1 (only failed) or 2 (only successful).");
        }
        if (!ReceiptRule.ACTIONS.contains(rule.action())) {
            throw ApiException.badRequest("action must be one of " + String.join(", ", ReceiptRule.ACTIONS) + ".");
        }
        if (rule.action().equals(ReceiptRule.URL) && !isHttpUrl(rule.actionAddress())) {
            throw ApiException.badRequest("action_address must be an http(s) URL for action URL.");
        }
        return rule;
    }

    static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** ClickSend's specification marks all five fields required, on create and on update. */
    private static void requireAll(Fields f) {
        require(f.ruleName, "rule_name");
        require(f.matchType, "match_type");
        require(f.action, "action");
        require(f.actionAddress, "action_address");
        require(f.enabled, "enabled");
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw ApiException.badRequest(field + " is required.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ApiException.badRequest(field + " must be a string.");
        }
        return node.asText();
    }

    /** A whole number sent as a number (1 or 1.0) or as digits; null when absent. */
    private static Integer whole(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
            return value.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw ApiException.badRequest(field + " must be a whole number.");
        }
    }

    private static Boolean flag(Integer value) {
        if (value != 0 && value != 1) {
            throw ApiException.badRequest("enabled must be 0 or 1.");
        }
        return value == 1;
    }
}
