package io.github.camelclicksend.voice.springboot;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

import io.github.camelclicksend.voice.ClickSendVoiceConfiguration;
import io.github.camelclicksend.voice.ClickSendVoiceRejectionPolicy;

/**
 * The options of the {@code clicksend-voice} component as {@code camel.component.clicksend-voice.*} properties, with
 * the component's names in kebab-case, in the shape of Camel's own starters: one field with its javadoc per component
 * option (the javadoc is the description the IDE shows). Fields hold no default: an option left unset keeps the
 * component's default (the IDE shows it from {@code META-INF/additional-spring-configuration-metadata.json}), and only
 * options that are set are copied onto the component, so they also override a {@code configuration} bean.
 * {@code enabled} and {@code customizer.enabled} come from {@link ComponentConfigurationPropertiesCommon}.
 */
@ConfigurationProperties(prefix = ClickSendVoiceComponentConfiguration.PREFIX)
public class ClickSendVoiceComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    public static final String PREFIX = "camel.component.clicksend-voice";

    /**
     * The ClickSend API username. A secret: masked in the actuator endpoints.
     */
    private String username;

    /**
     * The ClickSend API key. A secret: masked in the actuator endpoints.
     */
    private String apiKey;

    /**
     * The base URL of the ClickSend REST API v3.
     */
    private String baseUrl;

    /**
     * Allow a plain http baseUrl to a host that is not loopback (the credentials then travel unencrypted).
     */
    private Boolean allowPlainHttp;

    /**
     * How long to wait for a connection to the API, in milliseconds.
     */
    private Integer connectTimeout;

    /**
     * How long to wait for the API's answer to a request, in milliseconds.
     */
    private Integer responseTimeout;

    /**
     * The host of an HTTP proxy.
     */
    private String proxyHost;

    /**
     * The port of an HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * The username for the HTTP proxy. A secret: masked in the actuator endpoints.
     */
    private String proxyUsername;

    /**
     * The password for the HTTP proxy. A secret: masked in the actuator endpoints.
     */
    private String proxyPassword;

    /**
     * TLS settings (trust store, key store, protocols) for the connection to the API. A reference to a bean:
     * #bean:name (or #name).
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the CamelContext's global SSL context parameters when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters;

    /**
     * The default recipient: a phone number in E.164 form, or local form together with country.
     */
    private String to;

    /**
     * The default contact list to call instead of a single number.
     */
    private Integer listId;

    /**
     * The default voice. One of female, male.
     */
    private String voice;

    /**
     * The default language code, e.g. en-us, en-au, de-de.
     */
    private String lang;

    /**
     * The default reference passed back in results and delivery receipts.
     */
    private String customString;

    /**
     * The default ISO 3166 alpha-2 country for recipient numbers in local form.
     */
    private String country;

    /**
     * Your method of sending, reported by ClickSend.
     */
    private String source;

    /**
     * The default time to place calls: unix seconds or ISO-8601 text; empty for now.
     */
    private String schedule;

    /**
     * Ask the callee for a keypress; the digits come back in the delivery receipt.
     */
    private Boolean requireInput;

    /**
     * Detect an answering machine and leave the message on it.
     */
    private Boolean machineDetection;

    /**
     * The most messages posted in one API request (1 to 1000).
     */
    private Integer batchSize;

    /**
     * What to do when the API rejects some messages of an accepted request: FAIL on any rejection, FAIL_IF_ALL only
     * when all were rejected, or IGNORE.
     */
    private ClickSendVoiceRejectionPolicy rejectionPolicy;

    /**
     * On redelivery, send again the batches whose outcome is unknown (a timeout, a reset or a 500/502/504 after the
     * request went out). This may ring people twice.
     */
    private Boolean resendUnknown;

    /**
     * How many times a request answered with 429 is retried, waiting as Retry-After says, before the exchange fails.
     */
    private Integer rateLimitRetries;

    /**
     * Places each call once across crashes and restarts: a repository (Camel's IdempotentRepository: memory, JDBC,
     * Kafka...) of the custom_string of every message sent. With it, every message needs a custom_string of its own; a
     * message whose custom_string is already in the repository is looked up in ClickSend's history and only sent if it
     * is not there. A bean reference: #bean:name.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * With idempotentRepository: how far back, in seconds, ClickSend's history is searched for a message whose
     * custom_string is already in the repository.
     */
    private Integer idempotentLookback;

    /**
     * Polling: mark the receipts handed over as read (at most one request a poll). A receipt whose exchange failed
     * stays unread and comes again on a later poll. With false, every poll hands over every unread receipt.
     */
    private Boolean markAsRead;

    /**
     * Polling: how many seconds a receipt may take to become visible after its timestamp. A poll marks read only
     * receipts older than the server's time less this, so that none that arrives during the poll is marked read
     * unseen.
     */
    private Integer markReadGrace;

    /**
     * Polling: at the first poll, use an enabled voice receipt rule with action POLL (ClickSend keeps receipts for
     * polling only while one exists) or create one; it is never created twice and never deleted. With false and no
     * such rule, the consumer logs a WARN and polls anyway.
     */
    private Boolean pollRuleAutoRegister;

    /**
     * Receive the receipts that ClickSend pushes to a URL (a voice receipt rule with action URL) on an HTTP endpoint
     * of Camel's platform-http, instead of polling.
     */
    private Boolean webhook;

    /**
     * The path of the webhook's HTTP endpoint.
     */
    private String webhookPath;

    /**
     * The secret every push must carry as query parameter token (at least 16 characters): ClickSend signs nothing, so
     * this is what tells its pushes from anyone else's. Required with webhook=true.
     */
    private String webhookToken;

    /**
     * The public base URL under which ClickSend reaches the webhook, e.g. https://app.example.com; with
     * webhookAutoRegister the consumer registers webhookExternalUrl + webhookPath + ?token= as a voice receipt rule.
     */
    private String webhookExternalUrl;

    /**
     * With webhookExternalUrl: make sure, when the consumer starts, that a voice receipt rule with action URL pushes to
     * webhookExternalUrl + webhookPath + ?token= (an enabled one for the same address is used; otherwise one is
     * created). The rule stays when the consumer stops (see webhookAutoUnregister). If the API cannot be reached, the
     * webhook serves anyway and the registration is retried in the background.
     */
    private Boolean webhookAutoRegister;

    /**
     * With webhookAutoRegister: delete, when the consumer stops, the voice receipt rule it created (never one it
     * found). Off by default, so that a restart or a rolling deploy never leaves ClickSend without the rule; for
     * development tunnels whose URL changes every run.
     */
    private Boolean webhookAutoUnregister;

    /**
     * The Camel component that serves the webhook's HTTP endpoint: a RestConsumerFactory such as platform-http.
     */
    private String webhookComponentName;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as
     * a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component
     * allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and
     * therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook
     * into the 3rd party component and make this possible for future releases. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * The component's options, shared by its endpoints; each endpoint may override them. A reference to a bean:
     * #bean:name (or #name).
     */
    private ClickSendVoiceConfiguration configuration;

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

    public Boolean getAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(Boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
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

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
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

    public Boolean getRequireInput() {
        return requireInput;
    }

    public void setRequireInput(Boolean requireInput) {
        this.requireInput = requireInput;
    }

    public Boolean getMachineDetection() {
        return machineDetection;
    }

    public void setMachineDetection(Boolean machineDetection) {
        this.machineDetection = machineDetection;
    }

    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    public ClickSendVoiceRejectionPolicy getRejectionPolicy() {
        return rejectionPolicy;
    }

    public void setRejectionPolicy(ClickSendVoiceRejectionPolicy rejectionPolicy) {
        this.rejectionPolicy = rejectionPolicy;
    }

    public Boolean getResendUnknown() {
        return resendUnknown;
    }

    public void setResendUnknown(Boolean resendUnknown) {
        this.resendUnknown = resendUnknown;
    }

    public Integer getRateLimitRetries() {
        return rateLimitRetries;
    }

    public void setRateLimitRetries(Integer rateLimitRetries) {
        this.rateLimitRetries = rateLimitRetries;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public Integer getIdempotentLookback() {
        return idempotentLookback;
    }

    public void setIdempotentLookback(Integer idempotentLookback) {
        this.idempotentLookback = idempotentLookback;
    }

    public Boolean getMarkAsRead() {
        return markAsRead;
    }

    public void setMarkAsRead(Boolean markAsRead) {
        this.markAsRead = markAsRead;
    }

    public Integer getMarkReadGrace() {
        return markReadGrace;
    }

    public void setMarkReadGrace(Integer markReadGrace) {
        this.markReadGrace = markReadGrace;
    }

    public Boolean getPollRuleAutoRegister() {
        return pollRuleAutoRegister;
    }

    public void setPollRuleAutoRegister(Boolean pollRuleAutoRegister) {
        this.pollRuleAutoRegister = pollRuleAutoRegister;
    }

    public Boolean getWebhook() {
        return webhook;
    }

    public void setWebhook(Boolean webhook) {
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

    public Boolean getWebhookAutoRegister() {
        return webhookAutoRegister;
    }

    public void setWebhookAutoRegister(Boolean webhookAutoRegister) {
        this.webhookAutoRegister = webhookAutoRegister;
    }

    public Boolean getWebhookAutoUnregister() {
        return webhookAutoUnregister;
    }

    public void setWebhookAutoUnregister(Boolean webhookAutoUnregister) {
        this.webhookAutoUnregister = webhookAutoUnregister;
    }

    public String getWebhookComponentName() {
        return webhookComponentName;
    }

    public void setWebhookComponentName(String webhookComponentName) {
        this.webhookComponentName = webhookComponentName;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public ClickSendVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ClickSendVoiceConfiguration configuration) {
        this.configuration = configuration;
    }
}
