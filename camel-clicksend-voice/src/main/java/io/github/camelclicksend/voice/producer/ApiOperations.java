package io.github.camelclicksend.voice.producer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.ClickSendVoiceOperation;
import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.ReceiptRuleReader;

/** Every operation but send and price: one API request, its answer as the body, its status as headers. */
public final class ApiOperations {

    private static final String POLL = "poll";

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;

    public ApiOperations(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client) {
        this.endpoint = endpoint;
        this.client = client;
    }

    public void run(ClickSendVoiceOperation operation, Exchange exchange) {
        ClickSendVoiceClient client = this.client.get();
        ExchangeValues values = new ExchangeValues(exchange.getIn(), endpoint);
        Message out = exchange.getMessage();
        switch (operation) {
            case history -> answer(out, client.history(values.dateFrom(), values.dateTo(), values.page(), values.limit()));
            case exportHistory -> exportHistory(client, out);
            case languages -> answer(out, client.languages());
            case receipts -> answer(out, client.receipts(values.page(), values.limit()));
            case receipt -> {
                ApiResponse<?> r = client.receipt(values.messageId());
                answer(out, r);
                out.setHeader(ClickSendVoiceConstants.FOUND, r.data() != null);
            }
            case addTestReceipt -> answer(out, client.addTestReceipt(receiptUrl(exchange, values)));
            case markReceiptsRead -> ResultHeaders.status(out, client.markReceiptsRead(values.dateBefore()));
            case cancel -> ResultHeaders.status(out, client.cancel(values.messageId()));
            case cancelAll -> answer(out, client.cancelAll());
            case receiptRules -> answer(out, client.receiptRules(values.page(), values.limit()));
            case receiptRule -> answer(out, client.receiptRule(values.ruleId()));
            case createReceiptRule -> answer(out, client.createReceiptRule(ReceiptRuleReader.read(exchange.getIn().getBody())));
            case updateReceiptRule -> {
                long ruleId = values.ruleId();
                answer(out, client.updateReceiptRule(ruleId, ReceiptRuleReader.read(exchange.getIn().getBody())));
            }
            case deleteReceiptRule -> ResultHeaders.status(out, client.deleteReceiptRule(values.ruleId()));
            case send, price -> throw new IllegalStateException(operation + " is not a query operation");
        }
    }

    private void exportHistory(ClickSendVoiceClient client, Message out) {
        String filename = endpoint.getFilename();
        if (filename == null || filename.isBlank()) {
            throw missing("filename");
        }
        ApiResponse<String> export = client.exportHistory(filename);
        if (!endpoint.isDownload()) {
            answer(out, export);
            return;
        }
        byte[] csv = client.download(export.data());
        ResultHeaders.status(out, export);
        out.setHeader(Exchange.CONTENT_TYPE, "text/csv");
        out.setBody(new ByteArrayInputStream(csv));
    }

    /** The body when it is non-blank text, else the header, else the option, else poll; poll or an http(s) URL. */
    private static String receiptUrl(Exchange exchange, ExchangeValues values) {
        Object body = exchange.getIn().getBody();
        String text = body instanceof CharSequence cs ? cs.toString()
                : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null;
        String url = text != null && !text.isBlank() ? text.trim() : values.receiptUrl();
        if (url == null || url.isBlank() || url.trim().equals(POLL)) {
            return POLL;
        }
        url = url.trim();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ClickSendVoiceValidationException("receiptUrl", null, "must be 'poll' or an http(s) URL, was '" + url
                                                                        + "'");
    }

    private static void answer(Message out, ApiResponse<?> response) {
        ResultHeaders.status(out, response);
        out.setBody(response.data());
    }

    static ClickSendVoiceValidationException missing(String field) {
        return new ClickSendVoiceValidationException(field, null, "is missing");
    }
}
