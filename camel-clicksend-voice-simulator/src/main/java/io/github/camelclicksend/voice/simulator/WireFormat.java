package io.github.camelclicksend.voice.simulator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON shapes of the API's records, field names and types as ClickSend writes them (notes section 1.2). */
final class WireFormat {

    private WireFormat() {
    }

    /** A row of the send/price response: {@code message_price} a string, {@code schedule} "" when unscheduled. */
    static Map<String, Object> sendRow(MessageRow row, Accounts.Account account) {
        long added = row.dateAdded.getEpochSecond();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", Long.toString(added));
        m.put("date_added", added);
        m.put("list_id", row.listId);
        m.put("to", row.to);
        m.put("to_type", "mobile");
        m.put("body", row.body);
        m.put("from", null);
        m.put("lang", row.lang);
        m.put("voice", row.voice);
        m.put("schedule", row.schedule == null ? "" : row.schedule);
        m.put("message_id", row.messageId);
        m.put("message_parts", row.parts);
        m.put("message_price", row.price.toPlainString());
        m.put("custom_string", row.customString);
        m.put("user_id", account.userId);
        m.put("subaccount_id", account.userId);
        m.put("country", row.country);
        m.put("require_input", row.requireInput ? 1 : 0);
        m.put("machine_detection", row.machineDetection ? 1 : 0);
        m.put("machine_detected", 0);
        m.put("digits", null);
        m.put("carrier", "");
        m.put("status_code", null);
        m.put("status_text", null);
        m.put("status", row.status);
        m.put("_api_username", account.username);
        return m;
    }

    /** {@code data} of send/price: {@code total_price} is a number, unlike {@code message_price}. */
    static Map<String, Object> sendData(List<MessageRow> rows, Accounts.Account account, String currency) {
        BigDecimal total = BigDecimal.ZERO;
        int queued = 0;
        for (MessageRow row : rows) {
            if (row.accepted()) {
                total = total.add(row.price);
                queued++;
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("total_price", total.stripTrailingZeros());
        data.put("total_count", rows.size());
        data.put("queued_count", queued);
        data.put("messages", rows.stream().map(r -> sendRow(r, account)).toList());
        data.put("_currency", currency(currency));
        return data;
    }

    /** The fields of a history record, as {@link #historyRecord} writes them: what {@code q} and {@code order_by} may name. */
    static Set<String> historyFields() {
        return Set.of("body", "carrier", "country", "custom_string", "date_added", "digits", "from", "lang", "list_id",
                "machine_detected", "message_id", "message_parts", "message_price", "require_input", "schedule",
                "status", "status_code", "status_text", "subaccount_id", "to", "to_type", "user_id", "voice");
    }

    /** A {@code GET /voice/history} record: {@code message_parts} as "1.00", {@code schedule} as a digit string. */
    static Map<String, Object> historyRecord(SimulatedCall call, Accounts.Account account) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("body", call.body());
        m.put("carrier", "");
        m.put("country", call.country());
        m.put("custom_string", call.customString());
        m.put("date_added", call.dateAdded().getEpochSecond());
        m.put("digits", call.digits());
        m.put("from", null);
        m.put("lang", call.lang());
        m.put("list_id", call.listId());
        m.put("machine_detected", call.digits() == null ? null : call.machineDetected() ? 1 : 0);
        m.put("message_id", call.messageId());
        m.put("message_parts", call.messageParts() + ".00");
        m.put("message_price", call.messagePrice().toPlainString());
        m.put("require_input", call.requireInput() ? 1 : 0);
        m.put("schedule", call.schedule() == null ? "" : call.schedule().toString());
        m.put("status", call.status());
        m.put("status_code", call.statusCode());
        m.put("status_text", call.statusText());
        m.put("subaccount_id", account.userId);
        m.put("to", call.to());
        m.put("to_type", "mobile");
        m.put("user_id", account.userId);
        m.put("voice", call.voice());
        return m;
    }

    /** A receipt: timestamps are digit strings, {@code message_type} is always "voice". */
    static Map<String, Object> receipt(SimulatedReceipt receipt, Accounts.Account account) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timestamp_send", Long.toString(receipt.timestampSendSeconds()));
        m.put("timestamp", Long.toString(receipt.timestampSeconds()));
        m.put("message_id", receipt.messageId());
        m.put("status_code", receipt.statusCode());
        m.put("status_text", receipt.statusText());
        m.put("error_code", receipt.errorCode());
        m.put("error_text", receipt.errorText());
        m.put("custom_string", receipt.customString());
        m.put("message_type", "voice");
        m.put("digits", receipt.digits());
        m.put("status", receipt.status());
        m.put("subaccount_id", account == null ? null : account.userId);
        return m;
    }

    /** A receipt as pushed to a URL rule: the variables of the API notes 4.1, in that order, digits "" when none. */
    static Map<String, Object> pushedReceipt(SimulatedReceipt receipt, Accounts.Account account) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timestamp_send", Long.toString(receipt.timestampSendSeconds()));
        m.put("timestamp", Long.toString(receipt.timestampSeconds()));
        m.put("message_id", receipt.messageId());
        m.put("status", receipt.status());
        m.put("status_code", receipt.statusCode());
        m.put("status_text", receipt.statusText());
        m.put("error_code", receipt.errorCode());
        m.put("error_text", receipt.errorText());
        m.put("custom_string", receipt.customString());
        m.put("user_id", account == null ? null : account.userId);
        m.put("subaccount_id", account == null ? null : account.userId);
        m.put("message_type", "voice");
        m.put("digits", receipt.digits() == null ? "" : receipt.digits());
        return m;
    }

    /** A voice delivery-receipt rule: {@code match_type} and {@code enabled} are integers. */
    static Map<String, Object> receiptRule(ReceiptRule rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("receipt_rule_id", rule.ruleId());
        m.put("rule_name", rule.ruleName());
        m.put("match_type", rule.matchType());
        m.put("action", rule.action());
        m.put("action_address", rule.actionAddress());
        m.put("enabled", rule.enabled() ? 1 : 0);
        return m;
    }

    static Map<String, Object> currency(String code) {
        String[] info;
        switch (code) {
            case "AUD": info = new String[] {"$", "c", "Australian Dollars"}; break;
            case "USD": info = new String[] {"$", "c", "US Dollars"}; break;
            case "NZD": info = new String[] {"$", "c", "New Zealand Dollars"}; break;
            case "CAD": info = new String[] {"$", "c", "Canadian Dollars"}; break;
            case "GBP": info = new String[] {"£", "p", "British Pounds"}; break;
            case "EUR": info = new String[] {"€", "c", "Euros"}; break;
            default: info = new String[] {"", "", code};
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency_name_short", code);
        m.put("currency_prefix_d", info[0]);
        m.put("currency_prefix_c", info[1]);
        m.put("currency_name_long", info[2]);
        m.put("min_recharge_amount", "20.00");
        m.put("max_recharge_amount", "10000.00");
        return m;
    }
}
