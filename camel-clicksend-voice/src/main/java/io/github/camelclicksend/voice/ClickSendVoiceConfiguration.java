package io.github.camelclicksend.voice;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of the ClickSend Voice component. The component holds one instance; each endpoint works on a
 * {@link #copy()} with its own URI options applied, so endpoint options override component options.
 */
@UriParams
@Configurer
public class ClickSendVoiceConfiguration implements Cloneable {

    @UriParam(label = "security", secret = true, description = "The ClickSend API username.")
    private String username;

    @UriParam(label = "security", secret = true, description = "The ClickSend API key.")
    private String apiKey;

    @UriParam(label = "common", defaultValue = "https://rest.clicksend.com/v3", description = "The base URL of the ClickSend REST API v3.")
    private String baseUrl = "https://rest.clicksend.com/v3";

    @UriParam(label = "security", defaultValue = "false", description = "Allow a plain http baseUrl to a host that is not loopback (the credentials then travel unencrypted).")
    private boolean allowPlainHttp = false;

    @UriParam(label = "advanced", defaultValue = "10000", description = "How long to wait for a connection to the API, in milliseconds.")
    private int connectTimeout = 10000;

    @UriParam(label = "advanced", defaultValue = "30000", description = "How long to wait for the API's answer to a request, in milliseconds.")
    private int responseTimeout = 30000;

    @UriParam(label = "proxy", description = "The host of an HTTP proxy.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The port of an HTTP proxy.")
    private Integer proxyPort;

    @UriParam(label = "proxy", secret = true, description = "The username for the HTTP proxy.")
    private String proxyUsername;

    @UriParam(label = "proxy", secret = true, description = "The password for the HTTP proxy.")
    private String proxyPassword;

    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the connection to the API.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "producer", description = "The default recipient: a phone number in E.164 form, or local form together with country.")
    private String to;

    @UriParam(label = "producer", description = "The default contact list to call instead of a single number.")
    private Integer listId;

    @UriParam(label = "producer", defaultValue = "female", enums = "female,male", description = "The default voice.")
    private String voice = "female";

    @UriParam(label = "producer", defaultValue = "en-us", description = "The default language code, e.g. en-us, en-au, de-de.")
    private String lang = "en-us";

    @UriParam(label = "producer", description = "The default reference passed back in results and delivery receipts.")
    private String customString;

    @UriParam(label = "producer", description = "The default ISO 3166 alpha-2 country for recipient numbers in local form.")
    private String country;

    @UriParam(label = "producer", defaultValue = "camel", description = "Your method of sending, reported by ClickSend.")
    private String source = "camel";

    @UriParam(label = "producer", description = "The default time to place calls: unix seconds or ISO-8601 text; empty for now.")
    private String schedule;

    @UriParam(label = "producer", defaultValue = "false", description = "Ask the callee for a keypress; the digits come back in the delivery receipt.")
    private boolean requireInput = false;

    @UriParam(label = "producer", defaultValue = "false", description = "Detect an answering machine and leave the message on it.")
    private boolean machineDetection = false;

    @UriParam(label = "producer", defaultValue = "1000", description = "The most messages posted in one API request (1 to 1000).")
    private int batchSize = 1000;

    @UriParam(label = "producer", defaultValue = "FAIL", description = "What to do when the API rejects some messages of an accepted request: FAIL on any rejection, FAIL_IF_ALL only when all were rejected, or IGNORE.")
    private ClickSendVoiceRejectionPolicy rejectionPolicy = ClickSendVoiceRejectionPolicy.FAIL;

    @UriParam(label = "producer", defaultValue = "false", description = "On redelivery, send again the batches whose outcome is unknown (a timeout, a reset, or a 5xx other than 503 after the request went out). This may ring people twice.")
    private boolean resendUnknown = false;

    @UriParam(label = "producer", defaultValue = "3", description = "How many times a request answered with 429 is retried, waiting as Retry-After says, before the exchange fails.")
    private int rateLimitRetries = 3;

    @UriParam(label = "producer", description = "Places each call once across crashes and restarts: a repository (Camel's IdempotentRepository: memory, JDBC, Kafka...) of the custom_string of every message sent. With it, every message needs a custom_string of its own; a message whose custom_string is already in the repository is looked up in ClickSend's history and only sent if it is not there.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "producer", defaultValue = "86400", description = "With idempotentRepository: how far back, in seconds, ClickSend's history is searched for a message whose custom_string is already in the repository.")
    private int idempotentLookback = 86400;

    @UriParam(label = "consumer", defaultValue = "true", description = "Polling: mark the receipts handed over as read (at most one request a poll). A receipt whose exchange failed stays unread and comes again on a later poll. With false, every poll hands over every unread receipt.")
    private boolean markAsRead = true;

    @UriParam(label = "consumer", defaultValue = "60", description = "Polling: how many seconds a receipt may take to become visible after its timestamp. A poll marks read only receipts older than the server's time less this, so that none that arrives during the poll is marked read unseen.")
    private int markReadGrace = 60;

    @UriParam(label = "consumer", defaultValue = "true", description = "Polling: at the first poll, use an enabled voice receipt rule with action POLL (ClickSend keeps receipts for polling only while one exists) or create one; it is never created twice and never deleted. With false and no such rule, the consumer logs a WARN and polls anyway.")
    private boolean pollRuleAutoRegister = true;

    @UriParam(label = "consumer", defaultValue = "false", description = "Receive the receipts that ClickSend pushes to a URL (a voice receipt rule with action URL) on an HTTP endpoint of Camel's platform-http, instead of polling.")
    private boolean webhook = false;

    @UriParam(label = "consumer", defaultValue = "/clicksend-voice/receipts", description = "The path of the webhook's HTTP endpoint.")
    private String webhookPath = "/clicksend-voice/receipts";

    @UriParam(label = "consumer,security", secret = true, description = "The secret every push must carry as query parameter token (at least 16 characters): ClickSend signs nothing, so this is what tells its pushes from anyone else's. Required with webhook=true.")
    private String webhookToken;

    @UriParam(label = "consumer", description = "The public base URL under which ClickSend reaches the webhook, e.g. https://app.example.com; with webhookAutoRegister the consumer registers webhookExternalUrl + webhookPath + ?token= as a voice receipt rule.")
    private String webhookExternalUrl;

    @UriParam(label = "consumer", defaultValue = "true", description = "With webhookExternalUrl: make sure, when the consumer starts, that a voice receipt rule with action URL pushes to webhookExternalUrl + webhookPath + ?token= (an enabled one for the same address is used; otherwise one is created). The rule stays when the consumer stops (see webhookAutoUnregister). If the API cannot be reached, the webhook serves anyway and the registration is retried in the background.")
    private boolean webhookAutoRegister = true;

    @UriParam(label = "consumer", defaultValue = "false", description = "With webhookAutoRegister: delete, when the consumer stops, the voice receipt rule it created (never one it found). Off by default, so that a restart or a rolling deploy never leaves ClickSend without the rule; for development tunnels whose URL changes every run.")
    private boolean webhookAutoUnregister = false;

    @UriParam(label = "consumer,advanced", defaultValue = "platform-http", description = "The Camel component that serves the webhook's HTTP endpoint: a RestConsumerFactory such as platform-http.")
    private String webhookComponentName = "platform-http";

    public ClickSendVoiceConfiguration copy() {
        try {
            return (ClickSendVoiceConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Integer getListId() {
        return listId;
    }

    public void setListId(Integer listId) {
        this.listId = listId;
    }

    public String getVoice() {
        return voice;
    }

    public void setVoice(String voice) {
        this.voice = voice;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getCustomString() {
        return customString;
    }

    public void setCustomString(String customString) {
        this.customString = customString;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public boolean isRequireInput() {
        return requireInput;
    }

    public void setRequireInput(boolean requireInput) {
        this.requireInput = requireInput;
    }

    public boolean isMachineDetection() {
        return machineDetection;
    }

    public void setMachineDetection(boolean machineDetection) {
        this.machineDetection = machineDetection;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public ClickSendVoiceRejectionPolicy getRejectionPolicy() {
        return rejectionPolicy;
    }

    public void setRejectionPolicy(ClickSendVoiceRejectionPolicy rejectionPolicy) {
        this.rejectionPolicy = rejectionPolicy;
    }

    public boolean isResendUnknown() {
        return resendUnknown;
    }

    public void setResendUnknown(boolean resendUnknown) {
        this.resendUnknown = resendUnknown;
    }

    public int getRateLimitRetries() {
        return rateLimitRetries;
    }

    public void setRateLimitRetries(int rateLimitRetries) {
        this.rateLimitRetries = rateLimitRetries;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getIdempotentLookback() {
        return idempotentLookback;
    }

    public void setIdempotentLookback(int idempotentLookback) {
        this.idempotentLookback = idempotentLookback;
    }

    public boolean isMarkAsRead() {
        return markAsRead;
    }

    public void setMarkAsRead(boolean markAsRead) {
        this.markAsRead = markAsRead;
    }

    public int getMarkReadGrace() {
        return markReadGrace;
    }

    public void setMarkReadGrace(int markReadGrace) {
        this.markReadGrace = markReadGrace;
    }

    public boolean isPollRuleAutoRegister() {
        return pollRuleAutoRegister;
    }

    public void setPollRuleAutoRegister(boolean pollRuleAutoRegister) {
        this.pollRuleAutoRegister = pollRuleAutoRegister;
    }

    public boolean isWebhook() {
        return webhook;
    }

    public void setWebhook(boolean webhook) {
        this.webhook = webhook;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public boolean isWebhookAutoUnregister() {
        return webhookAutoUnregister;
    }

    public void setWebhookAutoUnregister(boolean webhookAutoUnregister) {
        this.webhookAutoUnregister = webhookAutoUnregister;
    }

    public String getWebhookComponentName() {
        return webhookComponentName;
    }

    public void setWebhookComponentName(String webhookComponentName) {
        this.webhookComponentName = webhookComponentName;
    }

    @Override
    public String toString() {
        // credentials are left out on purpose
        return "ClickSendVoiceConfiguration[baseUrl=" + baseUrl + "]";
    }
}
