package io.github.camelclicksend.voice;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import javax.management.openmbean.CompositeData;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import javax.net.ssl.SSLContext;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.URISupport;

import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.client.TransportSettings;

/**
 * Place text-to-speech phone calls with ClickSend, read their history and price, and receive their delivery receipts
 * (with the keys the callee pressed).
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "clicksend-voice", title = "ClickSend Voice",
             syntax = "clicksend-voice:operation", category = { Category.CLOUD, Category.MOBILE },
             headersClass = ClickSendVoiceConstants.class)
@ManagedResource(description = "Managed ClickSend Voice endpoint")
public class ClickSendVoiceEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    private static final String[] COUNTER_NAMES = Arrays.stream(ClickSendVoiceCounter.values())
            .map(ClickSendVoiceCounter::attributeName).toArray(String[]::new);
    private static final CompositeType COUNTERS_TYPE = countersType();

    @UriPath(defaultValue = "send",
             enums = "send,price,history,exportHistory,languages,receipts,receipt,addTestReceipt,markReceiptsRead,cancel,cancelAll,receiptRules,receiptRule,createReceiptRule,updateReceiptRule,deleteReceiptRule",
             description = "The operation: send (default), price, history, exportHistory, languages, receipts, receipt, "
                           + "addTestReceipt, markReceiptsRead, cancel, cancelAll, or the receipt rules: receiptRules, receiptRule, "
                           + "createReceiptRule, updateReceiptRule, deleteReceiptRule. A consumer reads receipts.")
    @Metadata(required = false)
    private ClickSendVoiceOperation operation = ClickSendVoiceOperation.send;

    @UriParam
    private ClickSendVoiceConfiguration configuration;

    // options of one call: endpoint-only (a header of the same meaning overrides them per exchange)
    @UriParam(label = "producer", description = "The message id for the receipt and cancel operations.")
    private String messageId;

    @UriParam(label = "producer", description = "The page to read (history, receipts).")
    private Integer page;

    @UriParam(label = "producer", description = "The page size, 15 to 100 (history, receipts).")
    private Integer limit;

    @UriParam(label = "producer", description = "The start of the history period: unix seconds or ISO-8601 text.")
    private String dateFrom;

    @UriParam(label = "producer", description = "The end of the history period: unix seconds or ISO-8601 text.")
    private String dateTo;

    @UriParam(label = "producer", defaultValue = "export.csv", description = "The file name for exportHistory.")
    private String filename = "export.csv";

    @UriParam(label = "producer", defaultValue = "false", description = "exportHistory: download the CSV and return it as an InputStream instead of its URL.")
    private boolean download = false;

    @UriParam(label = "producer", description = "markReceiptsRead: mark the receipts older than this time (unix seconds or ISO-8601 text); empty for all.")
    private String dateBefore;

    @UriParam(label = "producer", description = "addTestReceipt: the URL to push the test receipt to, or poll.")
    private String receiptUrl;

    @UriParam(label = "producer", description = "The id of the voice receipt rule for receiptRule, updateReceiptRule and deleteReceiptRule.")
    private Long ruleId;

    private volatile ClickSendVoiceClient client;
    private final ClickSendVoiceStatistics statistics = new ClickSendVoiceStatistics();
    private final String uriWithSecrets;
    private final String uriWithoutSecrets;

    public ClickSendVoiceEndpoint(String uri, ClickSendVoiceComponent component,
                                  ClickSendVoiceConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        this.uriWithSecrets = uri;
        this.uriWithoutSecrets = URISupport.sanitizeUri(uri);
    }

    /** The URI with its secret options masked, so that it can be shown, logged and stored on exchanges. */
    @Override
    public String getEndpointUri() {
        return uriWithoutSecrets;
    }

    /** The unmasked URI: endpoints that differ only in credentials stay distinct. */
    @Override
    public String getEndpointKey() {
        return uriWithSecrets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClickSendVoiceEndpoint other && uriWithSecrets.equals(other.uriWithSecrets)
               && getCamelContext() == other.getCamelContext();
    }

    @Override
    public int hashCode() {
        return uriWithSecrets.hashCode() * 37 + 1;
    }

    @Override
    public Producer createProducer() {
        return new ClickSendVoiceProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != ClickSendVoiceOperation.receipts) {
            throw new IllegalArgumentException("Only clicksend-voice:receipts can consume; " + operation
                                               + " is a producer operation");
        }
        Consumer consumer = configuration.isWebhook() ? new ClickSendVoiceWebhookConsumer(this, processor)
                : new ClickSendVoicePollingConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Camel's scheduler options, with this consumer's own default delay when none is set. */
    @Override
    protected void doConfigureConsumer(Consumer consumer) {
        super.doConfigureConsumer(consumer);
        if (consumer instanceof ClickSendVoicePollingConsumer polling && getDelay() < 0) {
            polling.setDelay(getTimeUnit().convert(ClickSendVoicePollingConsumer.DEFAULT_DELAY_MILLIS,
                    TimeUnit.MILLISECONDS));
        }
    }

    /** The API client of this endpoint, on the component's shared HTTP client. */
    ClickSendVoiceClient getClient() {
        ClickSendVoiceClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = newClient();
                }
                c = client;
            }
        }
        return c;
    }

    private ClickSendVoiceClient newClient() {
        ClickSendVoiceConfiguration c = configuration;
        SSLContext ssl = null;
        try {
            if (c.getSslContextParameters() != null) {
                ssl = getComponent().sslContext(c.getSslContextParameters());
            }
        } catch (Exception e) {
            throw new IllegalStateException("The sslContextParameters could not make an SSLContext", e);
        }
        TransportSettings settings = new TransportSettings(c.getConnectTimeout(), c.getProxyHost(), c.getProxyPort(),
                c.getProxyUsername(), c.getProxyPassword(), ssl);
        return new ClickSendVoiceClient(getComponent().transport(settings), c.getBaseUrl(), c.getUsername(),
                c.getApiKey(), c.getResponseTimeout(), c.getRateLimitRetries(),
                () -> statistics.add(ClickSendVoiceCounter.API_REQUESTS, 1));
    }

    @Override
    protected void doStop() throws Exception {
        client = null;
        super.doStop();
    }

    /** What this endpoint has done since it was created or its statistics were reset. */
    public ClickSendVoiceStatistics getStatistics() {
        return statistics;
    }

    @ManagedAttribute(description = "What this endpoint counted since it was created or reset: one item per counter,"
                                    + " e.g. CallsSent")
    public CompositeData getCounters() throws OpenDataException {
        ClickSendVoiceCounter[] counters = ClickSendVoiceCounter.values();
        Object[] values = new Object[counters.length];
        for (int i = 0; i < counters.length; i++) {
            values[i] = statistics.get(counters[i]);
        }
        return new CompositeDataSupport(COUNTERS_TYPE, COUNTER_NAMES, values);
    }

    @ManagedAttribute(description = "The total price of the accepted calls, in the account's currency")
    public java.math.BigDecimal getTotalSpent() {
        return statistics.getTotalSpent();
    }

    @ManagedOperation(description = "Sets the statistics back to zero")
    public void resetStatistics() {
        statistics.reset();
    }

    /** The JMX shape of the counters, made from {@link ClickSendVoiceCounter}: a new counter is one constant there. */
    private static CompositeType countersType() {
        ClickSendVoiceCounter[] counters = ClickSendVoiceCounter.values();
        String[] descriptions = new String[counters.length];
        OpenType<?>[] types = new OpenType<?>[counters.length];
        for (int i = 0; i < counters.length; i++) {
            descriptions[i] = counters[i].description();
            types[i] = SimpleType.LONG;
        }
        try {
            return new CompositeType("ClickSendVoiceCounters", "The counters of a clicksend-voice endpoint",
                    COUNTER_NAMES, descriptions, types);
        } catch (OpenDataException e) {
            throw new IllegalStateException(e); // the names and types above are valid: a bug if not
        }
    }

    @Override
    public ClickSendVoiceComponent getComponent() {
        return (ClickSendVoiceComponent) super.getComponent();
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public ClickSendVoiceOperation getOperation() {
        return operation;
    }

    public void setOperation(ClickSendVoiceOperation operation) {
        this.operation = operation;
    }

    public ClickSendVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ClickSendVoiceConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getLimit() {
        return limit;
    }

    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public String getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(String dateFrom) {
        this.dateFrom = dateFrom;
    }

    public String getDateTo() {
        return dateTo;
    }

    public void setDateTo(String dateTo) {
        this.dateTo = dateTo;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public String getDateBefore() {
        return dateBefore;
    }

    public void setDateBefore(String dateBefore) {
        this.dateBefore = dateBefore;
    }

    public String getReceiptUrl() {
        return receiptUrl;
    }

    public void setReceiptUrl(String receiptUrl) {
        this.receiptUrl = receiptUrl;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public void setRuleId(Long ruleId) {
        this.ruleId = ruleId;
    }
}
