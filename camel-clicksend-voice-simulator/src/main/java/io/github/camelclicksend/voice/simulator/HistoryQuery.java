package io.github.camelclicksend.voice.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search and order of {@code GET /voice/history} (and its export), as ClickSend documents them for its GETs:
 * {@code q=field:value[,field:value]} (case-insensitive), {@code operator=AND|OR} between the pairs, and
 * {@code order_by=field:asc|desc}. ClickSend does not say whether a value must equal the field or only occur in it;
 * the simulator takes the looser reading (the field contains the value, ignoring case), so a client that needs an
 * exact match has to compare each record itself, as it must against ClickSend.
 */
final class HistoryQuery {

    private static final Set<String> FIELDS = WireFormat.historyFields();

    private record Term(String field, String value) {
    }

    private final List<Term> terms;
    private final boolean any;
    private final String orderField;
    private final boolean descending;

    private HistoryQuery(List<Term> terms, boolean any, String orderField, boolean descending) {
        this.terms = terms;
        this.any = any;
        this.orderField = orderField;
        this.descending = descending;
    }

    /** Reads q, operator and order_by; a field that history records do not have, or a malformed value, is a 400. */
    static HistoryQuery parse(Map<String, String> query) {
        List<Term> terms = new ArrayList<>();
        String q = query.get("q");
        if (q != null && !q.isBlank()) {
            for (String pair : q.split(",")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw ApiException.badRequest("q must be field:value[,field:value], was '" + q + "'.");
                }
                terms.add(new Term(field(pair.substring(0, colon), "q"), pair.substring(colon + 1).trim()));
            }
        }
        String operator = query.getOrDefault("operator", "AND").trim().toUpperCase(Locale.ROOT);
        if (!operator.equals("AND") && !operator.equals("OR")) {
            throw ApiException.badRequest("operator must be AND or OR.");
        }
        String orderBy = query.get("order_by");
        String orderField = "date_added";
        boolean descending = false;
        if (orderBy != null && !orderBy.isBlank()) {
            String[] parts = orderBy.trim().split(":", -1);
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
                throw ApiException.badRequest("order_by must be field:asc or field:desc, was '" + orderBy + "'.");
            }
            orderField = field(parts[0], "order_by");
            descending = direction.equals("desc");
        }
        return new HistoryQuery(terms, operator.equals("OR"), orderField, descending);
    }

    private static String field(String name, String parameter) {
        String field = name.trim().toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw ApiException.badRequest(parameter + ": history records have no field '" + name.trim() + "'.");
        }
        return field;
    }

    /**
     * The calls that match, in order; {@code calls} come oldest first and a tie keeps that order (the reverse of it
     * when descending).
     */
    List<SimulatedCall> apply(List<SimulatedCall> calls, Accounts.Account account) {
        List<SimulatedCall> out = new ArrayList<>(calls.size());
        List<Map<String, Object>> records = new ArrayList<>(calls.size());
        for (SimulatedCall call : calls) {
            Map<String, Object> record = WireFormat.historyRecord(call, account);
            if (matches(record)) {
                out.add(call);
                records.add(record);
            }
        }
        if (orderField.equals("date_added")) {
            if (descending) {
                Collections.reverse(out);
            }
            return out;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> records.get(i).get(orderField), HistoryQuery::compare));
        if (descending) {
            Collections.reverse(order);
        }
        return order.stream().map(out::get).toList();
    }

    private boolean matches(Map<String, Object> record) {
        if (terms.isEmpty()) {
            return true;
        }
        for (Term term : terms) {
            Object value = record.get(term.field());
            boolean hit = value != null && text(value).contains(term.value().toLowerCase(Locale.ROOT));
            if (hit == any) {
                return any;
            }
        }
        return !any;
    }

    private static String text(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }

    /** Numbers by value, text ignoring case, nulls first. */
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        return text(a).compareTo(text(b));
    }
}
