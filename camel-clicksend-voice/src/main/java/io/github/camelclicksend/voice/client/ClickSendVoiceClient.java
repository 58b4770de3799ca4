package io.github.camelclicksend.voice.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceLanguage;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceReceipt;
import io.github.camelclicksend.voice.model.VoiceReceiptRule;

/**
 * The ClickSend Voice API, one method per endpoint. Knows nothing of Camel. Each method makes its HTTP call on the
 * calling thread and returns the API's answer, or throws {@link ClickSendVoiceApiException} (the API said no, or
 * could not be reached) or {@link io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException} (the
 * request went out and no usable answer came back); {@link ApiErrors} decides which. A 429 is retried after the wait
 * the API asks for, up to {@code rateLimitRetries} times, on the calling thread.
 */
public final class ClickSendVoiceClient {

    static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

    private static final Answer<SendResponse> SEND = bound(ApiJson.envelopeOf(SendResponse.class));
    private static final Answer<ApiPage<VoiceHistoryRecord>> HISTORY = bound(ApiJson.pageEnvelopeOf(VoiceHistoryRecord.class));
    private static final Answer<ApiPage<VoiceReceipt>> RECEIPTS = bound(ApiJson.pageEnvelopeOf(VoiceReceipt.class));
    private static final Answer<VoiceReceipt> RECEIPT = bound(ApiJson.envelopeOf(VoiceReceipt.class));
    private static final Answer<List<VoiceLanguage>> LANGUAGES = bound(ApiJson.listEnvelopeOf(VoiceLanguage.class));
    private static final Answer<ExportData> EXPORT = bound(ApiJson.envelopeOf(ExportData.class));
    private static final Answer<CountData> COUNT = bound(ApiJson.envelopeOf(CountData.class));
    private static final Answer<Object> ANY = bound(ApiJson.envelopeOf(Object.class));
    private static final Answer<ApiPage<VoiceReceiptRule>> RULES = bound(ApiJson.pageEnvelopeOf(VoiceReceiptRule.class));
    private static final Answer<VoiceReceiptRule> RULE = bound(ApiJson.envelopeOf(VoiceReceiptRule.class));
    private static final String RULES_PATH = "/automations/voice/receipts";

    private final HttpTransport transport;
    private final String baseUrl;
    // parsed once: these two are called for every exchange
    private final URI sendUri;
    private final URI priceUri;
    private final SecretHeader authorization;
    private final RequestConfig requestConfig;
    private final int rateLimitRetries;
    private final Runnable onRequest;

    public ClickSendVoiceClient(HttpTransport transport, String baseUrl, String username, String apiKey,
                                int responseTimeoutMillis, int rateLimitRetries) {
        this(transport, baseUrl, username, apiKey, responseTimeoutMillis, rateLimitRetries, () -> {
        });
    }

    /** @param onRequest called once for every HTTP request this client makes, retries after 429 included */
    public ClickSendVoiceClient(HttpTransport transport, String baseUrl, String username, String apiKey,
                                int responseTimeoutMillis, int rateLimitRetries, Runnable onRequest) {
        this.onRequest = onRequest;
        this.transport = transport;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.sendUri = URI.create(this.baseUrl + "/voice/send");
        this.priceUri = URI.create(this.baseUrl + "/voice/price");
        this.authorization = new SecretHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((nullToEmpty(username) + ":" + nullToEmpty(apiKey)).getBytes(StandardCharsets.UTF_8)));
        this.requestConfig = responseTimeout(responseTimeoutMillis);
        this.rateLimitRetries = rateLimitRetries;
    }

    private ClickSendVoiceClient(ClickSendVoiceClient base, int responseTimeoutMillis, int rateLimitRetries) {
        this.onRequest = base.onRequest;
        this.transport = base.transport;
        this.baseUrl = base.baseUrl;
        this.sendUri = base.sendUri;
        this.priceUri = base.priceUri;
        this.authorization = base.authorization;
        this.requestConfig = responseTimeout(responseTimeoutMillis);
        this.rateLimitRetries = rateLimitRetries;
    }

    /** The same client with its own response timeout and number of retries after a 429. */
    public ClickSendVoiceClient withLimits(int responseTimeoutMillis, int rateLimitRetries) {
        return new ClickSendVoiceClient(this, responseTimeoutMillis, rateLimitRetries);
    }

    private static RequestConfig responseTimeout(int millis) {
        return RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(millis)).build();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** POST /voice/send: places the calls. At most 1000 recipients. */
    public ApiResponse<SendResponse> send(List<VoiceMessage> messages) {
        return call("POST", sendUri, ApiJson.writeMessages(messages), SEND);
    }

    /** POST /voice/price: what the calls would cost; places none. */
    public ApiResponse<SendResponse> price(List<VoiceMessage> messages) {
        return call("POST", priceUri, ApiJson.writeMessages(messages), SEND);
    }

    /** GET /voice/history. Null arguments are left out. */
    public ApiResponse<Page<VoiceHistoryRecord>> history(Long dateFrom, Long dateTo, Integer page, Integer limit) {
        return history(dateFrom, dateTo, page, limit, null, null);
    }

    /**
     * GET /voice/history with the API's search and order: {@code q} as {@code field:value[,field:value]} (see
     * {@code operator}), {@code orderBy} as {@code field:asc|desc}. Null arguments are left out.
     */
    public ApiResponse<Page<VoiceHistoryRecord>> history(Long dateFrom, Long dateTo, Integer page, Integer limit,
                                                         String q, String orderBy) {
        String query = query("date_from", dateFrom, "date_to", dateTo, "page", page, "limit", limit, "q", q,
                "order_by", orderBy);
        return toPage(call("GET", "/voice/history" + query, null, HISTORY));
    }

    /** GET /voice/history/export: the URL of a CSV file of the history. */
    public ApiResponse<String> exportHistory(String filename) {
        ApiResponse<ExportData> r = call("GET", "/voice/history/export" + query("filename", filename), null, EXPORT);
        return withData(r, r.data() == null ? null : r.data().url);
    }

    /**
     * Downloads an exported file with the account's credentials. Only URLs on the API's own host are fetched, so
     * the credentials never go anywhere else.
     */
    public byte[] download(String fileUrl) {
        URI file = URI.create(fileUrl);
        URI api = URI.create(baseUrl);
        if (!api.getHost().equalsIgnoreCase(file.getHost()) || !api.getScheme().equalsIgnoreCase(file.getScheme())) {
            throw new ClickSendVoiceException("The export URL is not on the API's host " + api.getHost()
                                              + "; it was not downloaded");
        }
        HttpResult<byte[]> result = execute("GET", file, null, InputStream::readAllBytes);
        if (result.status() / 100 != 2) {
            throw ApiErrors.fromStatus(result);
        }
        return result.answer();
    }

    /** GET /voice/lang. */
    public ApiResponse<List<VoiceLanguage>> languages() {
        return call("GET", "/voice/lang", null, LANGUAGES);
    }

    /** GET /voice/receipts: unread delivery receipts; {@link ApiResponse#serverTime()} is the server's clock. */
    public ApiResponse<Page<VoiceReceipt>> receipts(Integer page, Integer limit) {
        return toPage(call("GET", "/voice/receipts" + query("page", page, "limit", limit), null, RECEIPTS));
    }

    /** GET /voice/receipts/{id}: the receipt, or a response with null data and http code 404 when there is none. */
    public ApiResponse<VoiceReceipt> receipt(String messageId) {
        try {
            return call("GET", "/voice/receipts/" + pathSegment(messageId), null, RECEIPT);
        } catch (ClickSendVoiceApiException e) {
            if (e.getHttpCode() == 404) {
                return new ApiResponse<>(404, e.getResponseCode(), e.getResponseMsg(), null);
            }
            throw e;
        }
    }

    /** POST /voice/receipts: a test receipt pushed to the URL, or queued for polling when the URL is "poll". */
    public ApiResponse<VoiceReceipt> addTestReceipt(String url) {
        return call("POST", "/voice/receipts", ApiJson.writeObject(Map.of("url", url)), RECEIPT);
    }

    /** PUT /voice/receipts-read: marks the receipts before the time (unix seconds) read; all when null. */
    public ApiResponse<Object> markReceiptsRead(Long dateBefore) {
        byte[] body = dateBefore == null ? ApiJson.writeObject(Map.of())
                : ApiJson.writeObject(Map.of("date_before", dateBefore));
        return call("PUT", "/voice/receipts-read", body, ANY);
    }

    /** PUT /voice/{id}/cancel: cancels one scheduled call. */
    public ApiResponse<Object> cancel(String messageId) {
        return call("PUT", "/voice/" + pathSegment(messageId) + "/cancel", null, ANY);
    }

    /** PUT /voice/cancel-all: cancels every scheduled call; the data is the count. */
    public ApiResponse<Integer> cancelAll() {
        ApiResponse<CountData> r = call("PUT", "/voice/cancel-all", null, COUNT);
        return withData(r, r.data() == null ? 0 : r.data().count);
    }

    /** GET /automations/voice/receipts: the voice delivery-receipt rules. Null arguments are left out. */
    public ApiResponse<Page<VoiceReceiptRule>> receiptRules(Integer page, Integer limit) {
        return toPage(call("GET", RULES_PATH + query("page", page, "limit", limit), null, RULES));
    }

    /** GET /automations/voice/receipts/{id}. */
    public ApiResponse<VoiceReceiptRule> receiptRule(long ruleId) {
        return call("GET", RULES_PATH + "/" + ruleId, null, RULE);
    }

    /** POST /automations/voice/receipts: creates the rule; the answer is the rule with its id. */
    public ApiResponse<VoiceReceiptRule> createReceiptRule(VoiceReceiptRule rule) {
        return call("POST", RULES_PATH, ApiJson.writeRule(rule), RULE);
    }

    /** PUT /automations/voice/receipts/{id}: replaces the rule's fields with the given ones. */
    public ApiResponse<VoiceReceiptRule> updateReceiptRule(long ruleId, VoiceReceiptRule rule) {
        return call("PUT", RULES_PATH + "/" + ruleId, ApiJson.writeRule(rule), RULE);
    }

    /** DELETE /automations/voice/receipts/{id}. */
    public ApiResponse<Object> deleteReceiptRule(long ruleId) {
        return call("DELETE", RULES_PATH + "/" + ruleId, null, ANY);
    }

    private <T> ApiResponse<T> call(String method, String path, byte[] body, Answer<T> reader) {
        return call(method, URI.create(baseUrl + path), body, reader);
    }

    private <T> ApiResponse<T> call(String method, URI uri, byte[] body, Answer<T> reader) {
        for (int retriesLeft = rateLimitRetries;; retriesLeft--) {
            HttpResult<ApiEnvelope<T>> result = execute(method, uri, body, reader);
            if (result.status() == 429 && retriesLeft > 0) {
                waitOut(result);
                continue;
            }
            if (result.status() / 100 != 2) {
                throw ApiErrors.fromStatus(result);
            }
            ApiEnvelope<T> envelope = result.answer();
            return new ApiResponse<>(result.status(), envelope.responseCode, envelope.responseMsg, envelope.data,
                    result.date());
        }
    }

    private <T> HttpResult<T> execute(String method, URI uri, byte[] body, HttpTransport.AnswerReader<T> reader) {
        onRequest.run();
        try {
            return transport.execute(method, uri, body, authorization, requestConfig, reader);
        } catch (IOException | RuntimeException noAnswer) {
            throw ApiErrors.fromTransport(noAnswer, uri);
        }
    }

    /** Waits as long as a 429 asks; interrupted, gives up with the 429, which is safe to retry. */
    private static void waitOut(HttpResult<?> tooManyRequests) {
        try {
            Thread.sleep(RetryAfter.millis(tooManyRequests, MAX_RATE_LIMIT_WAIT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiErrors.fromStatus(tooManyRequests);
        }
    }

    /** How a 2xx answer's body is read into the API's envelope; a body that is not one leaves the outcome unknown. */
    @FunctionalInterface
    private interface Answer<T> extends HttpTransport.AnswerReader<ApiEnvelope<T>> {
    }

    private static <T> Answer<T> bound(JavaType envelope) {
        return body -> {
            ApiEnvelope<T> read;
            try {
                read = ApiJson.READER.readValue(body, envelope);
            } catch (JsonProcessingException unreadable) {
                throw ApiErrors.unreadable(unreadable);
            }
            if (read == null) {
                throw ApiErrors.unreadable(new IOException("the answer was JSON null"));
            }
            return read;
        };
    }

    private static <T> ApiResponse<Page<T>> toPage(ApiResponse<ApiPage<T>> r) {
        return withData(r, r.data() == null ? emptyPage() : r.data().toPage());
    }

    private static <A, B> ApiResponse<B> withData(ApiResponse<A> r, B data) {
        return new ApiResponse<>(r.httpCode(), r.responseCode(), r.responseMsg(), data, r.dateHeader());
    }

    private static <T> Page<T> emptyPage() {
        return new Page<>(List.of(), 0, 0, 1, 0, false);
    }

    /** name, value, name, value...: the pairs whose value is set, URL-encoded. */
    private static String query(Object... pairs) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                q.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1].toString(), StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static final class ExportData {
        String url;
    }

    static final class CountData {
        int count;
    }

    @Override
    public String toString() {
        return "ClickSendVoiceClient[" + baseUrl + "]";
    }
}
