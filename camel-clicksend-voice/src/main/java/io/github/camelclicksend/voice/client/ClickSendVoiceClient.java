package io.github.camelclicksend.voice.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JavaType;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceLanguage;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceReceipt;

/**
 * The ClickSend Voice API, one asynchronous method per endpoint. Knows nothing of Camel. Futures fail with
 * {@link ClickSendVoiceApiException} (the API said no, or could not be reached) or
 * {@link io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException} (no usable answer). A 429 is
 * retried after the wait the API asks for, up to {@code rateLimitRetries} times.
 */
public final class ClickSendVoiceClient {

    static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

    private static final JavaType SEND = ApiJson.envelopeOf(SendResponse.class);
    private static final JavaType HISTORY = ApiJson.pageEnvelopeOf(VoiceHistoryRecord.class);
    private static final JavaType RECEIPTS = ApiJson.pageEnvelopeOf(VoiceReceipt.class);
    private static final JavaType RECEIPT = ApiJson.envelopeOf(VoiceReceipt.class);
    private static final JavaType LANGUAGES = ApiJson.listEnvelopeOf(VoiceLanguage.class);
    private static final JavaType EXPORT = ApiJson.envelopeOf(ExportData.class);
    private static final JavaType COUNT = ApiJson.envelopeOf(CountData.class);
    private static final JavaType ANY = ApiJson.envelopeOf(Object.class);

    private final HttpTransport transport;
    private final String baseUrl;
    private final SecretHeader authorization;
    private final int responseTimeoutMillis;
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
        this.authorization = new SecretHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((nullToEmpty(username) + ":" + nullToEmpty(apiKey)).getBytes(StandardCharsets.UTF_8)));
        this.responseTimeoutMillis = responseTimeoutMillis;
        this.rateLimitRetries = rateLimitRetries;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** POST /voice/send: places the calls. At most 1000 recipients. */
    public CompletableFuture<ApiResponse<SendResponse>> send(List<VoiceMessage> messages) {
        return call("POST", "/voice/send", ApiJson.writeMessages(messages), SEND);
    }

    /** POST /voice/price: what the calls would cost; places none. */
    public CompletableFuture<ApiResponse<SendResponse>> price(List<VoiceMessage> messages) {
        return call("POST", "/voice/price", ApiJson.writeMessages(messages), SEND);
    }

    /** GET /voice/history. Null arguments are left out. */
    public CompletableFuture<ApiResponse<Page<VoiceHistoryRecord>>> history(Long dateFrom, Long dateTo, Integer page,
                                                                          Integer limit) {
        String query = query("date_from", dateFrom, "date_to", dateTo, "page", page, "limit", limit);
        return this.<ApiPage<VoiceHistoryRecord>> call("GET", "/voice/history" + query, null, HISTORY)
                .thenApply(r -> withData(r, r.data() == null ? emptyPage() : r.data().toPage()));
    }

    /** GET /voice/history/export: the URL of a CSV file of the history. */
    public CompletableFuture<ApiResponse<String>> exportHistory(String filename) {
        return this.<ExportData> call("GET", "/voice/history/export" + query("filename", filename), null,
                EXPORT).thenApply(r -> withData(r, r.data() == null ? null : r.data().url));
    }

    /**
     * Downloads an exported file with the account's credentials. Only URLs on the API's own host are fetched, so
     * the credentials never go anywhere else.
     */
    public CompletableFuture<byte[]> download(String fileUrl) {
        URI file = URI.create(fileUrl);
        URI api = URI.create(baseUrl);
        if (!api.getHost().equalsIgnoreCase(file.getHost()) || !api.getScheme().equalsIgnoreCase(file.getScheme())) {
            return CompletableFuture.failedFuture(new ClickSendVoiceException(
                    "The export URL is not on the API's host " + api.getHost() + "; it was not downloaded"));
        }
        onRequest.run();
        return transport.execute("GET", file, null, authorization, responseTimeoutMillis)
                .handle((result, failure) -> {
                    if (failure != null) {
                        throw ApiErrors.fromTransport(failure);
                    }
                    if (result.status() / 100 != 2) {
                        throw ApiErrors.fromStatus(result);
                    }
                    return result.body();
                });
    }

    /** GET /voice/lang. */
    public CompletableFuture<ApiResponse<List<VoiceLanguage>>> languages() {
        return call("GET", "/voice/lang", null, LANGUAGES);
    }

    /** GET /voice/receipts: unread delivery receipts. */
    public CompletableFuture<ApiResponse<Page<VoiceReceipt>>> receipts(Integer page, Integer limit) {
        return this.<ApiPage<VoiceReceipt>> call("GET", "/voice/receipts" + query("page", page, "limit", limit), null, RECEIPTS)
                .thenApply(r -> withData(r, r.data() == null ? emptyPage() : r.data().toPage()));
    }

    /** GET /voice/receipts/{id}: the receipt, or a response with null data and http code 404 when there is none. */
    public CompletableFuture<ApiResponse<VoiceReceipt>> receipt(String messageId) {
        return this.<VoiceReceipt> call("GET", "/voice/receipts/" + pathSegment(messageId), null, RECEIPT)
                .exceptionally(failure -> {
                    Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                    if (t instanceof ClickSendVoiceApiException api && api.getHttpCode() == 404) {
                        return new ApiResponse<>(404, api.getResponseCode(), api.getResponseMsg(), null);
                    }
                    throw t instanceof RuntimeException re ? re : new ClickSendVoiceException(t.getMessage(), t);
                });
    }

    /** POST /voice/receipts: a test receipt pushed to the URL, or queued for polling when the URL is "poll". */
    public CompletableFuture<ApiResponse<VoiceReceipt>> addTestReceipt(String url) {
        return call("POST", "/voice/receipts", ApiJson.writeObject(Map.of("url", url)), RECEIPT);
    }

    /** PUT /voice/receipts-read: marks the receipts before the time (unix seconds) read; all when null. */
    public CompletableFuture<ApiResponse<Object>> markReceiptsRead(Long dateBefore) {
        byte[] body = dateBefore == null ? ApiJson.writeObject(Map.of())
                : ApiJson.writeObject(Map.of("date_before", dateBefore));
        return call("PUT", "/voice/receipts-read", body, ANY);
    }

    /** PUT /voice/{id}/cancel: cancels one scheduled call. */
    public CompletableFuture<ApiResponse<Object>> cancel(String messageId) {
        return call("PUT", "/voice/" + pathSegment(messageId) + "/cancel", null, ANY);
    }

    /** PUT /voice/cancel-all: cancels every scheduled call; the data is the count. */
    public CompletableFuture<ApiResponse<Integer>> cancelAll() {
        return this.<CountData> call("PUT", "/voice/cancel-all", null, COUNT)
                .thenApply(r -> withData(r, r.data() == null ? 0 : r.data().count));
    }

    private <T> CompletableFuture<ApiResponse<T>> call(String method, String path, byte[] body, JavaType type) {
        return attempt(method, URI.create(baseUrl + path), body, type, rateLimitRetries);
    }

    private <T> CompletableFuture<ApiResponse<T>> attempt(String method, URI uri, byte[] body, JavaType type,
                                                          int retriesLeft) {
        onRequest.run();
        return transport.execute(method, uri, body, authorization, responseTimeoutMillis)
                .handle((result, failure) -> {
                    if (failure != null) {
                        return CompletableFuture.<ApiResponse<T>> failedFuture(ApiErrors.fromTransport(failure));
                    }
                    if (result.status() == 429 && retriesLeft > 0) {
                        long waitMillis = RetryAfter.millis(result, MAX_RATE_LIMIT_WAIT);
                        return CompletableFuture.supplyAsync(() -> null,
                                CompletableFuture.delayedExecutor(waitMillis, TimeUnit.MILLISECONDS))
                                .thenCompose(ignored -> this.<T> attempt(method, uri, body, type, retriesLeft - 1));
                    }
                    if (result.status() / 100 != 2) {
                        return CompletableFuture.<ApiResponse<T>> failedFuture(ApiErrors.fromStatus(result));
                    }
                    try {
                        ApiEnvelope<T> envelope = ApiJson.READER.readValue(result.body(), type);
                        return CompletableFuture.completedFuture(new ApiResponse<>(result.status(),
                                envelope.responseCode, envelope.responseMsg, envelope.data));
                    } catch (Exception unreadable) {
                        return CompletableFuture.<ApiResponse<T>> failedFuture(ApiErrors.unreadable(unreadable));
                    }
                })
                .thenCompose(f -> f);
    }

    private static <A, B> ApiResponse<B> withData(ApiResponse<A> r, B data) {
        return new ApiResponse<>(r.httpCode(), r.responseCode(), r.responseMsg(), data);
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
