package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@code {"messages":[...]}} body into one validated, priced row per recipient, as
 * {@code POST /voice/send} and {@code POST /voice/price} do. Per-message problems become the row's
 * status inside HTTP 200; only problems with the request as a whole are HTTP errors.
 */
final class SendProcessor {

    static final int MAX_RECIPIENTS = 1000;
    static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Map<String, String> COUNTRY_BY_CALLING_CODE = Map.ofEntries(
            Map.entry("1", "US"), Map.entry("7", "RU"), Map.entry("27", "ZA"), Map.entry("31", "NL"),
            Map.entry("33", "FR"), Map.entry("34", "ES"), Map.entry("39", "IT"), Map.entry("40", "RO"),
            Map.entry("44", "GB"), Map.entry("45", "DK"), Map.entry("46", "SE"), Map.entry("47", "NO"),
            Map.entry("48", "PL"), Map.entry("49", "DE"), Map.entry("55", "BR"), Map.entry("61", "AU"),
            Map.entry("64", "NZ"), Map.entry("65", "SG"), Map.entry("81", "JP"), Map.entry("86", "CN"),
            Map.entry("90", "TR"), Map.entry("91", "IN"), Map.entry("351", "PT"), Map.entry("353", "IE"),
            Map.entry("354", "IS"));

    private final SimulatorState state;
    private final BigDecimal pricePerCredit;
    private final Clock clock;

    SendProcessor(SimulatorState state, BigDecimal pricePerCredit, Clock clock) {
        this.state = state;
        this.pricePerCredit = pricePerCredit;
        this.clock = clock;
    }

    List<MessageRow> evaluate(String requestBody, Accounts.Account account) {
        JsonNode root = Json.parse(requestBody);
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("Invalid JSON in request body.");
        }
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray()) {
            throw ApiException.badRequest("Missing required field: messages.");
        }
        if (messages.isEmpty()) {
            throw ApiException.badRequest("No messages to send.");
        }
        int recipients = 0;
        for (JsonNode message : messages) {
            if (!message.isObject()) {
                throw ApiException.badRequest("Each message must be an object.");
            }
            List<String> list = contactList(message);
            recipients += list != null ? list.size() : 1;
        }
        if (recipients > MAX_RECIPIENTS) {
            throw new ApiException(400, "TOO_MANY_RECIPIENTS",
                    "Too many recipients. You can send to a maximum of " + MAX_RECIPIENTS + " recipients per API call.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<MessageRow> rows = new ArrayList<>(recipients);
        for (JsonNode message : messages) {
            List<String> list = contactList(message);
            if (list == null) {
                rows.add(row(message, text(message, "to"), listId(message), now, account));
            } else {
                for (String member : list) {
                    rows.add(row(message, member, listId(message), now, account));
                }
            }
        }
        return rows;
    }

    private MessageRow row(JsonNode message, String to, Integer listId, Instant now, Accounts.Account account) {
        MessageRow row = new MessageRow();
        row.messageId = SimulatedReceipt.newMessageId();
        row.dateAdded = now;
        row.to = to;
        row.listId = listId;
        String body = text(message, "body");
        row.body = MessageParts.truncate(body);
        String lang = text(message, "lang");
        row.lang = lang == null || lang.isBlank() ? Languages.DEFAULT_LANG : lang.toLowerCase(Locale.ROOT);
        String voice = text(message, "voice");
        row.voice = voice == null || voice.isBlank() ? Languages.DEFAULT_VOICE : voice.toLowerCase(Locale.ROOT);
        row.customString = text(message, "custom_string");
        String country = text(message, "country");
        row.country = country != null && !country.isBlank() ? country.toUpperCase(Locale.ROOT) : countryOf(to);
        row.source = text(message, "source");
        row.requireInput = flag(message.get("require_input"));
        row.machineDetection = flag(message.get("machine_detection"));
        JsonNode schedule = message.get("schedule");
        row.schedule = schedule == null || schedule.isNull() ? null
                : schedule.isNumber() ? schedule.numberValue() : schedule.asText();
        row.parts = MessageParts.parts(row.body);
        row.status = validate(message, row, account);
        row.price = (row.accepted() ? pricePerCredit.multiply(BigDecimal.valueOf(row.parts)) : BigDecimal.ZERO)
                .setScale(4, RoundingMode.HALF_UP);
        return row;
    }

    private String validate(JsonNode message, MessageRow row, Accounts.Account account) {
        if (row.body == null || row.body.isBlank()) {
            return "EMPTY_MESSAGE";
        }
        if (hasListId(message) && contactList(message) == null) {
            return "NOT_ENOUGH_PERMISSION_TO_LIST_ID";
        }
        if (row.to == null || !E164.matcher(row.to).matches()) {
            return "INVALID_RECIPIENT";
        }
        Languages.Language language = Languages.find(row.lang);
        if (language == null) {
            return "INVALID_LANG";
        }
        if (!language.voices.contains(row.voice)) {
            return "INVALID_VOICE";
        }
        try {
            row.scheduleSeconds = scheduleSeconds(message.get("schedule"));
        } catch (IllegalArgumentException e) {
            return "INVALID_SCHEDULE";
        }
        if (account.standing == Accounts.Standing.NO_CREDIT) {
            return "INSUFFICIENT_CREDIT";
        }
        return "SUCCESS";
    }

    /** The members of the message's list_id, or null when it has none or the list is unknown. */
    private List<String> contactList(JsonNode message) {
        Integer id = listId(message);
        return id == null ? null : state.contactList(id);
    }

    private static boolean hasListId(JsonNode message) {
        JsonNode node = message.get("list_id");
        return node != null && !node.isNull() && !node.asText().isEmpty();
    }

    private static Integer listId(JsonNode message) {
        if (!hasListId(message)) {
            return null;
        }
        try {
            return Integer.valueOf(message.get("list_id").asText().trim());
        } catch (NumberFormatException e) {
            return -1; // no such list: NOT_ENOUGH_PERMISSION_TO_LIST_ID
        }
    }

    /** Unix seconds, or null for "now"; IllegalArgumentException when not a unix timestamp. */
    private static Long scheduleSeconds(JsonNode node) {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        long seconds;
        if (node.isIntegralNumber()) {
            seconds = node.asLong();
        } else if (node.isTextual() && node.asText().trim().matches("\\d{1,12}")) {
            seconds = Long.parseLong(node.asText().trim());
        } else {
            throw new IllegalArgumentException("Use a unix timestamp e.g. 1429170372");
        }
        if (seconds < 0) {
            throw new IllegalArgumentException("Use a unix timestamp e.g. 1429170372");
        }
        return seconds == 0 ? null : seconds;
    }

    /** 0/1 flags; true/false and "1"/"0" are tolerated. */
    private static boolean flag(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return !"0".equals(node.asText().trim()) && !node.asText().isBlank() && !"false".equalsIgnoreCase(node.asText());
    }

    private static String text(JsonNode message, String field) {
        JsonNode node = message.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String countryOf(String e164) {
        if (e164 == null || !E164.matcher(e164).matches()) {
            return null;
        }
        for (int length = 3; length >= 1; length--) {
            String country = COUNTRY_BY_CALLING_CODE.get(e164.substring(1, 1 + length));
            if (country != null) {
                return country;
            }
        }
        return null;
    }
}
