package io.github.camelclicksend.voice;

import java.util.Locale;

/**
 * What an endpoint counts, in {@link ClickSendVoiceStatistics}: each counter is an item of the endpoint's JMX attribute
 * {@code Counters} (e.g. {@code CallsSent}) and, with the Spring Boot starter, a meter (e.g.
 * {@code clicksend.voice.calls.sent}). Both are made from this list: a new counter is one constant here.
 */
public enum ClickSendVoiceCounter {

    API_REQUESTS("HTTP requests made to the API, by every operation (a retry after 429 counts again)"),
    CALLS_SENT("Calls (messages) in send requests that went out"),
    CALLS_ACCEPTED("Calls (recipients) ClickSend accepted"),
    CALLS_REJECTED("Calls (recipients) ClickSend rejected inside a successful answer"),
    CALLS_FAILED("Calls in send requests that failed: an API error, no connection, or no answer"),
    CALLS_OUTCOME_UNKNOWN("Calls among the failed ones whose outcome is unknown: they may have been placed"),
    RECEIPTS_RECEIVED("Delivery receipts the consumer handed to its route, polled or pushed");

    private final String description;

    ClickSendVoiceCounter(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Its item in the endpoint's JMX attribute Counters, e.g. CallsSent. */
    public String attributeName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** The name of its meter, e.g. clicksend.voice.calls.sent. */
    public String meterName() {
        return "clicksend.voice." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
