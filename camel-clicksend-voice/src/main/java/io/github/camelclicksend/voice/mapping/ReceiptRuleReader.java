package io.github.camelclicksend.voice.mapping;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The body of createReceiptRule and updateReceiptRule: a {@link VoiceReceiptRule}, or a Map or JSON object with the
 * API's snake_case names (camelCase accepted), checked before anything is sent.
 */
public final class ReceiptRuleReader {

    private ReceiptRuleReader() {
    }

    public static VoiceReceiptRule read(Object body) {
        VoiceReceiptRule rule = body instanceof VoiceReceiptRule r ? r : fromFields(fields(body));
        if (rule.getAction() == null || rule.getAction().isBlank()) {
            throw new ClickSendVoiceValidationException("action", null, "is missing (URL, POLL, ...)");
        }
        if (rule.getRuleName() == null || rule.getRuleName().isBlank()) {
            throw new ClickSendVoiceValidationException("ruleName", null, "is missing");
        }
        if (rule.getActionAddress() == null || rule.getActionAddress().isBlank()) {
            throw new ClickSendVoiceValidationException("actionAddress", null,
                    "is missing (ClickSend requires it: the URL for URL, poll for POLL)");
        }
        return rule;
    }

    private static Map<?, ?> fields(Object body) {
        if (body instanceof Map<?, ?> map) {
            return map;
        }
        if (body == null) {
            throw new ClickSendVoiceValidationException("body", null, "is missing: a VoiceReceiptRule, a Map or JSON");
        }
        List<Object> items = BodyReader.items(body);
        if (items.size() == 1 && items.get(0) instanceof Map<?, ?> map) {
            return map;
        }
        throw new ClickSendVoiceValidationException("body", null,
                "must be one receipt rule: a VoiceReceiptRule, a Map or a JSON object");
    }

    private static VoiceReceiptRule fromFields(Map<?, ?> fields) {
        VoiceReceiptRule.Builder rule = VoiceReceiptRule.builder()
                .ruleName(field(fields, "rule_name", "ruleName", FieldValues::text))
                .action(field(fields, "action", "action", FieldValues::text))
                .actionAddress(field(fields, "action_address", "actionAddress", FieldValues::text));
        Integer matchType = field(fields, "match_type", "matchType", WholeNumbers::toInteger);
        if (matchType != null) {
            rule.matchType(matchType);
        }
        Boolean enabled = field(fields, "enabled", "enabled", FieldValues::bool);
        if (enabled != null) {
            rule.enabled(enabled);
        }
        return rule.build();
    }

    /** The field under its API name or its camelCase name, converted; a bad value is a validation error on it. */
    private static <T> T field(Map<?, ?> fields, String apiName, String option, Function<Object, T> convert) {
        Object value = fields.get(apiName) != null ? fields.get(apiName) : fields.get(option);
        try {
            return value == null ? null : convert.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException(option, null, e.getMessage());
        }
    }
}
