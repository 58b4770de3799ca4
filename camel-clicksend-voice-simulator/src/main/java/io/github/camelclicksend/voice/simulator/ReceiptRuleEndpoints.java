package io.github.camelclicksend.voice.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The voice delivery-receipt rules, {@code /v3/automations/voice/receipts[/{receipt_rule_id}]}, with the
 * answers ClickSend's specification shows. Another account's rule, or an id that is not a number, is 404.
 */
final class ReceiptRuleEndpoints {

    private static final Set<String> SEARCHABLE = Set.of("receipt_rule_id", "rule_name", "match_type", "action",
            "action_address", "enabled");

    private final ReceiptRules rules;
    private final Supplier<String> origin;

    ReceiptRuleEndpoints(ReceiptRules rules, Supplier<String> origin) {
        this.rules = rules;
        this.origin = origin;
    }

    /** {@code GET}: the account's rules, oldest first, paginated; {@code q=field:value,...} and {@code operator}. */
    HttpResponse list(Accounts.Account account, HttpRequest request) {
        Map<String, String> query = request.query();
        List<ReceiptRule> found = rules.of(account.username).stream().filter(search(query)).toList();
        return Json.ok("Your voice receipts.", Paginator.page(found, query, origin.get() + request.path,
                WireFormat::receiptRule));
    }

    HttpResponse create(Accounts.Account account, HttpRequest request) {
        ReceiptRule rule = rules.create(account.username, ReceiptRules.Fields.fromJson(Json.parse(request.bodyText())));
        return Json.ok("Your new voice receipt has been added.", WireFormat.receiptRule(rule));
    }

    HttpResponse get(Accounts.Account account, String ruleId) {
        return Json.ok("Your rule incoming voice receipt.", WireFormat.receiptRule(existing(account, ruleId)));
    }

    /** {@code PUT}: the fields given change, the others stay. */
    HttpResponse update(Accounts.Account account, String ruleId, HttpRequest request) {
        ReceiptRules.Fields fields = ReceiptRules.Fields.fromJson(Json.parse(request.bodyText()));
        ReceiptRule rule = rules.update(account.username, existing(account, ruleId).ruleId(), fields);
        return Json.ok("Your rule incoming voice receipt.", WireFormat.receiptRule(rule));
    }

    HttpResponse delete(Accounts.Account account, String ruleId) {
        rules.delete(account.username, existing(account, ruleId).ruleId());
        return Json.ok("Your rule voice receipt has been deleted.", List.of());
    }

    private ReceiptRule existing(Accounts.Account account, String ruleId) {
        ReceiptRule rule = ruleId.matches("\\d{1,9}") ? rules.find(account.username, Integer.parseInt(ruleId)) : null;
        if (rule == null) {
            throw ApiException.notFound("Receipt rule not found.");
        }
        return rule;
    }

    /** ClickSend's search: {@code q=field:value,...}, not case-sensitive, AND unless {@code operator=OR}. */
    private static Predicate<ReceiptRule> search(Map<String, String> query) {
        String q = query.get("q");
        if (q == null || q.isBlank()) {
            return rule -> true;
        }
        boolean any = "OR".equalsIgnoreCase(query.get("operator"));
        Predicate<ReceiptRule> combined = null;
        for (String term : q.split(",")) {
            int colon = term.indexOf(':');
            if (colon <= 0) {
                throw ApiException.badRequest("q must be field:value[,field:value...].");
            }
            Predicate<ReceiptRule> one = matches(term.substring(0, colon).trim(), term.substring(colon + 1).trim());
            combined = combined == null ? one : any ? combined.or(one) : combined.and(one);
        }
        return combined;
    }

    private static Predicate<ReceiptRule> matches(String field, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        if (!SEARCHABLE.contains(field)) {
            throw ApiException.badRequest("q cannot search on " + field + ".");
        }
        return rule -> {
            Object actual = WireFormat.receiptRule(rule).get(field);
            String text = String.valueOf(actual).toLowerCase(Locale.ROOT);
            return actual instanceof String ? text.contains(wanted) : text.equals(wanted);
        };
    }
}
