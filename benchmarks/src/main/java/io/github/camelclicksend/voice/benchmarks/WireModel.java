package io.github.camelclicksend.voice.benchmarks;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a developer writes by hand to call /voice/send without the component: Jackson records for the request and
 * the answer. Used by the hand-wired camel-http route and the bare HTTP clients, so they all do the same JSON work.
 */
public final class WireModel {

    /** The mapper a hand-written client would configure. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private WireModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Message(String to, String body, String voice, String lang, String customString, String source) {
    }

    public record SendRequest(List<Message> messages) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SendEnvelope(int httpCode, String responseCode, String responseMsg, SendData data) {

        /** The rows with status SUCCESS. */
        public int accepted() {
            int n = 0;
            if (data != null && data.messages() != null) {
                for (Row r : data.messages()) {
                    if ("SUCCESS".equals(r.status())) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SendData(BigDecimal totalPrice, int totalCount, int queuedCount, List<Row> messages,
                           @JsonProperty("_currency") Currency currency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Row(String messageId, String to, String status, BigDecimal messagePrice, String customString) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Currency(String currencyNameShort) {
    }

    public static SendRequest request(List<Workload.Call> calls) {
        return new SendRequest(calls.stream()
                .map(c -> new Message(c.to(), c.body(), Workload.VOICE, Workload.LANG, c.customString(),
                        Workload.SOURCE))
                .toList());
    }
}
