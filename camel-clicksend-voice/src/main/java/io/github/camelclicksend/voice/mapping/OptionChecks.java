package io.github.camelclicksend.voice.mapping;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.util.StringHelper;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.Voice;

/** Checks option values when an endpoint is created, so a bad URI fails at once rather than on the first call. */
public final class OptionChecks {

    public static final int MIN_LIMIT = 15;
    public static final int MAX_LIMIT = 100;
    static final int MAX_BATCH = 1000;
    static final int MAX_GRACE_SECONDS = 86_400;
    static final int MIN_TOKEN_LENGTH = 16;
    /** What getEndpointUri() shows in place of a credential (Camel's URISupport.sanitizeUri). */
    static final String MASK = "xxxxxx";
    /** ClickSend keeps history for 4 months: a longer lookback finds nothing more. */
    static final int MAX_LOOKBACK_SECONDS = 120 * 86_400;

    private OptionChecks() {
    }

    public static void check(ClickSendVoiceEndpoint endpoint) {
        ClickSendVoiceConfiguration c = endpoint.getConfiguration();
        notMasked("username", c.getUsername());
        notMasked("apiKey", c.getApiKey());
        notMasked("proxyUsername", c.getProxyUsername());
        notMasked("proxyPassword", c.getProxyPassword());
        notMasked("webhookToken", c.getWebhookToken());
        required("username", c.getUsername());
        required("apiKey", c.getApiKey());
        range("batchSize", c.getBatchSize(), 1, MAX_BATCH);
        if (endpoint.getLimit() != null) {
            range("limit", endpoint.getLimit(), MIN_LIMIT, MAX_LIMIT);
        }
        if (endpoint.getPage() != null) {
            range("page", endpoint.getPage(), 1, Integer.MAX_VALUE);
        }
        range("rateLimitRetries", c.getRateLimitRetries(), 0, 100);
        range("connectTimeout", c.getConnectTimeout(), 1, Integer.MAX_VALUE);
        range("responseTimeout", c.getResponseTimeout(), 1, Integer.MAX_VALUE);
        if (c.getVoice() != null && Voice.parse(c.getVoice()) == null) {
            throw new ClickSendVoiceValidationException("voice", null, "must be female or male, was '" + c.getVoice()
                                                                       + "'");
        }
        time("schedule", c.getSchedule());
        time("dateFrom", endpoint.getDateFrom());
        time("dateTo", endpoint.getDateTo());
        time("dateBefore", endpoint.getDateBefore());
        baseUrl(c);
        range("markReadGrace", c.getMarkReadGrace(), 0, MAX_GRACE_SECONDS);
        range("idempotentLookback", c.getIdempotentLookback(), 1, MAX_LOOKBACK_SECONDS);
        if (c.isWebhook()) {
            webhook(c);
        }
    }

    /** A push endpoint needs a token nobody can guess, a plain path, and a public URL that ClickSend can call. */
    private static void webhook(ClickSendVoiceConfiguration c) {
        String token = c.getWebhookToken();
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            throw new ClickSendVoiceValidationException("webhookToken", null, "must be set to a secret of at least "
                                                                              + MIN_TOKEN_LENGTH + " characters with webhook=true");
        }
        String path = c.getWebhookPath();
        if (path == null || !path.startsWith("/") || path.contains("?") || path.contains("#") || path.contains("{")) {
            throw new ClickSendVoiceValidationException("webhookPath", null,
                    "must be a path starting with /, without query or placeholders, was '" + path + "'");
        }
        if (c.getWebhookComponentName() == null || c.getWebhookComponentName().isBlank()) {
            throw new ClickSendVoiceValidationException("webhookComponentName", null, "is not set");
        }
        String external = c.getWebhookExternalUrl();
        if (external != null && !external.isBlank()) {
            String rule = "must be an http(s) URL with a host and no query, e.g. https://app.example.com";
            URI uri = httpUrl("webhookExternalUrl", external, rule);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new ClickSendVoiceValidationException("webhookExternalUrl", null, rule);
            }
        }
    }

    /** Camel's options of a polling consumer, which a webhook endpoint has no use for, by their lower-case name. */
    private static final Map<String, String> SCHEDULER_OPTIONS = Stream.of("backoffErrorThreshold", "backoffIdleThreshold",
            "backoffMultiplier", "delay", "greedy", "initialDelay", "pollStrategy", "repeatCount", "runLoggingLevel",
            "scheduledExecutorService", "scheduler", "schedulerProperties", "sendEmptyMessageWhenIdle",
            "startScheduler", "timeUnit", "useFixedDelay")
            .collect(Collectors.toMap(option -> option.toLowerCase(Locale.ROOT), option -> option));

    /** A webhook is not polled: a scheduler option on it is a mistake, refused by name rather than ignored. */
    public static void noSchedulerOption(Set<String> given) {
        for (String name : given) {
            String plain = name.replace("-", "").toLowerCase(Locale.ROOT);
            String option = plain.startsWith("scheduler.") ? name : SCHEDULER_OPTIONS.get(plain);
            if (option != null) {
                throw new ClickSendVoiceValidationException(option, null, "is an option of the polling consumer; a "
                        + "webhook endpoint (webhook=true) is not polled and takes no scheduler option: remove it");
            }
        }
    }

    /** A URI as getEndpointUri() shows it, copied from a log or a route dump, would send the mask as the credential. */
    private static void notMasked(String option, String value) {
        if (MASK.equals(value)) {
            throw new ClickSendVoiceValidationException(option, null, "is masked (" + MASK + ", as the endpoint URI shows "
                                                                      + "credentials): give the credential itself");
        }
    }

    /** Credentials are checked before any request: without them the API answers 401 to every call. */
    private static void required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new ClickSendVoiceValidationException(option, null, "is not set: set the property "
                    + "camel.component.clicksend-voice." + StringHelper.camelCaseToDash(option)
                    + " (Spring Boot, Quarkus, Camel Main), or option " + option + " on the component or the endpoint");
        }
    }

    public static void range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ClickSendVoiceValidationException(option, null, "must be between " + min + " and " + max
                                                                      + ", was " + value);
        }
    }

    private static void time(String option, String value) {
        try {
            TimeValues.toUnixSeconds(value);
        } catch (IllegalArgumentException e) {
            throw new ClickSendVoiceValidationException(option, null, e.getMessage());
        }
    }

    private static void baseUrl(ClickSendVoiceConfiguration c) {
        URI uri = httpUrl("baseUrl", c.getBaseUrl(), "must be an http(s) URL with a host");
        if (uri.getScheme().equalsIgnoreCase("http") && !c.isAllowPlainHttp() && !isLoopback(uri.getHost())) {
            throw new ClickSendVoiceValidationException("baseUrl", null,
                    "plain http to " + uri.getHost() + " would send the credentials unencrypted; use https, "
                                                                         + "or set allowPlainHttp=true");
        }
    }

    /** The value as an http(s) URI with a host, or a validation error on the option. */
    private static URI httpUrl(String option, String value, String rule) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (RuntimeException e) {
            throw new ClickSendVoiceValidationException(option, null, "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new ClickSendVoiceValidationException(option, null, rule);
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.contains(":") && !h.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))) {
            return false; // a name other than localhost, e.g. 127.0.0.1.nip.io: never resolved here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
