package io.github.camelclicksend.voice.producer;

import org.apache.camel.Message;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.OptionChecks;
import io.github.camelclicksend.voice.mapping.TimeValues;
import io.github.camelclicksend.voice.mapping.WholeNumbers;

/** The query values of one exchange: the header when present, else the endpoint's option; checked like options. */
final class ExchangeValues {

    private final Message in;
    private final ClickSendVoiceEndpoint options;

    ExchangeValues(Message in, ClickSendVoiceEndpoint options) {
        this.in = in;
        this.options = options;
    }

    Integer page() {
        Integer page = integer("page", ClickSendVoiceConstants.PAGE, options.getPage());
        if (page != null) {
            OptionChecks.range("page", page, 1, Integer.MAX_VALUE);
        }
        return page;
    }

    Integer limit() {
        Integer limit = integer("limit", ClickSendVoiceConstants.LIMIT, options.getLimit());
        if (limit != null) {
            OptionChecks.range("limit", limit, OptionChecks.MIN_LIMIT, OptionChecks.MAX_LIMIT);
        }
        return limit;
    }

    Long dateFrom() {
        return time("dateFrom", ClickSendVoiceConstants.DATE_FROM, options.getDateFrom());
    }

    Long dateTo() {
        return time("dateTo", ClickSendVoiceConstants.DATE_TO, options.getDateTo());
    }

    Long dateBefore() {
        return time("dateBefore", ClickSendVoiceConstants.DATE_BEFORE, options.getDateBefore());
    }

    String receiptUrl() {
        return text(ClickSendVoiceConstants.RECEIPT_URL, options.getReceiptUrl());
    }

    /** The rule id of the header, else of the option; a validation error on ruleId when neither is set. */
    long ruleId() {
        Object value = in.getHeader(ClickSendVoiceConstants.RULE_ID);
        if (value == null) {
            value = options.getRuleId();
        }
        if (value == null || value.toString().isBlank()) {
            throw ApiOperations.missing("ruleId");
        }
        try {
            long id = WholeNumbers.toLong(value);
            if (id < 1) {
                throw new IllegalArgumentException("must be a positive number, was " + id);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException("ruleId", null, e.getMessage());
        }
    }

    String messageId() {
        String id = text(ClickSendVoiceConstants.MESSAGE_ID, options.getMessageId());
        String trimmed = id == null ? "" : id.trim();
        if (trimmed.isEmpty()) {
            throw ApiOperations.missing("messageId");
        }
        // it becomes a path segment: '..' or a '/' would address another API endpoint
        if (!trimmed.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
            throw new ClickSendVoiceValidationException("messageId", null,
                    "'" + trimmed + "' is not a message id (letters, digits, - and _)");
        }
        return trimmed;
    }

    private String text(String header, String option) {
        Object value = in.getHeader(header);
        return value != null ? value.toString() : option;
    }

    private Integer integer(String field, String header, Integer option) {
        Object value = in.getHeader(header);
        if (value == null) {
            return option;
        }
        try {
            return WholeNumbers.toInteger(value);
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException(field, null, e.getMessage());
        }
    }

    private Long time(String field, String header, String option) {
        Object value = in.getHeader(header);
        try {
            return TimeValues.toUnixSeconds(value != null ? value : option);
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException(field, null, e.getMessage());
        }
    }
}
