package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;

/**
 * Reads a send or price answer by streaming, for the hot path: a row is about 650 bytes of which the component reads
 * seven fields, and data binding spent about half its time per row on looking up and skipping the rest. Reads
 * exactly what {@link ApiJson#READER} reads (a test compares the two on generated answers): snake_case names,
 * numbers sent as text, blank text as null, {@code currency} or {@code _currency}, one row sent as an object, unknown
 * fields ignored.
 */
final class SendAnswerReader {

    private SendAnswerReader() {
    }

    static ApiEnvelope<SendResponse> read(byte[] json) throws IOException {
        try (JsonParser p = ApiJson.READER.getFactory().createParser(json)) {
            expectObject(p, p.nextToken());
            ApiEnvelope<SendResponse> envelope = new ApiEnvelope<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "http_code" -> envelope.httpCode = integer(p, value);
                    case "response_code" -> envelope.responseCode = text(p, value);
                    case "response_msg" -> envelope.responseMsg = text(p, value);
                    case "data" -> envelope.data = data(p, value);
                    default -> p.skipChildren();
                }
            }
            return envelope;
        }
    }

    private static SendResponse data(JsonParser p, JsonToken value) throws IOException {
        if (isNullish(p, value)) {
            return null;
        }
        expectObject(p, value);
        SendResponse data = new SendResponse();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "total_price" -> data.totalPrice = decimal(p, token);
                case "total_count" -> data.totalCount = orZero(integer(p, token));
                case "queued_count" -> data.queuedCount = orZero(integer(p, token));
                case "messages" -> data.messages = rows(p, token);
                case "currency", "_currency" -> data.currency = currency(p, token);
                default -> p.skipChildren();
            }
        }
        return data;
    }

    private static List<SendResponse.Row> rows(JsonParser p, JsonToken value) throws IOException {
        if (isNullish(p, value)) {
            return null;
        }
        List<SendResponse.Row> rows = new ArrayList<>();
        if (value == JsonToken.START_ARRAY) {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                rows.add(row(p, t));
            }
        } else {
            rows.add(row(p, value));
        }
        return rows;
    }

    private static SendResponse.Row row(JsonParser p, JsonToken value) throws IOException {
        if (isNullish(p, value)) {
            return null;
        }
        expectObject(p, value);
        SendResponse.Row row = new SendResponse.Row();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            switch (name) {
                case "message_id" -> row.messageId = text(p, token);
                case "to" -> row.to = text(p, token);
                case "list_id" -> row.listId = integer(p, token);
                case "status" -> row.status = text(p, token);
                case "message_price" -> row.messagePrice = decimal(p, token);
                case "message_parts" -> row.messageParts = decimal(p, token);
                case "custom_string" -> row.customString = text(p, token);
                default -> p.skipChildren();
            }
        }
        return row;
    }

    private static SendResponse.Currency currency(JsonParser p, JsonToken value) throws IOException {
        if (isNullish(p, value)) {
            return null;
        }
        expectObject(p, value);
        SendResponse.Currency currency = new SendResponse.Currency();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            if (name.equals("currency_name_short")) {
                currency.currencyNameShort = text(p, token);
            } else {
                p.skipChildren();
            }
        }
        return currency;
    }

    /** A string field: text as sent (numbers and booleans as their text), null for null. */
    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value.isScalarValue()) {
            return p.getText();
        }
        throw mismatch(p, "a text value");
    }

    private static Integer integer(JsonParser p, JsonToken value) throws IOException {
        return number(p, value, "a whole number", JsonParser::getValueAsInt, Integer::valueOf);
    }

    private static BigDecimal decimal(JsonParser p, JsonToken value) throws IOException {
        return number(p, value, "a decimal number", JsonParser::getDecimalValue, BigDecimal::new);
    }

    /** A number sent as a number or as text. */
    private static <T> T number(JsonParser p, JsonToken value, String expected, NumberValue<T> fromNumber,
                                Function<String, T> fromText) throws IOException {
        if (isNullish(p, value)) {
            return null;
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return fromNumber.read(p);
        }
        if (value == JsonToken.VALUE_STRING) {
            try {
                return fromText.apply(p.getText().trim());
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        throw mismatch(p, expected);
    }

    @FunctionalInterface
    private interface NumberValue<T> {
        T read(JsonParser p) throws IOException;
    }

    /** null, or blank text where the API left a value out. */
    private static boolean isNullish(JsonParser p, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING && p.getText().isBlank();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void expectObject(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw mismatch(p, "an object");
        }
    }

    private static IOException mismatch(JsonParser p, String expected) {
        return new InputCoercionException(p, "expected " + expected + ", found " + p.currentToken(), p.currentToken(),
                Object.class);
    }
}
