package io.github.camelclicksend.voice;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

/** Every operation but send and price: one API request, its answer as the body, its status as headers. */
final class ApiOperations {

    private static final String POLL = "poll";

    private final ClickSendVoiceEndpoint endpoint;

    ApiOperations(ClickSendVoiceEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    CompletableFuture<Void> run(ClickSendVoiceOperation operation, Exchange exchange) {
        ClickSendVoiceClient client = endpoint.getClient();
        ExchangeValues values = new ExchangeValues(exchange.getIn(), endpoint.getConfiguration());
        Message out = exchange.getMessage();
        return switch (operation) {
            case history -> client.history(values.dateFrom(), values.dateTo(), values.page(), values.limit())
                    .thenAccept(r -> answer(out, r, r.data()));
            case exportHistory -> exportHistory(client, out);
            case languages -> client.languages().thenAccept(r -> answer(out, r, r.data()));
            case receipts -> client.receipts(values.page(), values.limit()).thenAccept(r -> answer(out, r, r.data()));
            case receipt -> client.receipt(values.messageId()).thenAccept(r -> {
                answer(out, r, r.data());
                out.setHeader(ClickSendVoiceConstants.FOUND, r.data() != null);
            });
            case addTestReceipt -> client.addTestReceipt(receiptUrl(exchange, values))
                    .thenAccept(r -> answer(out, r, r.data()));
            case markReceiptsRead -> client.markReceiptsRead(values.dateBefore())
                    .thenAccept(r -> ResultHeaders.status(out, r));
            case cancel -> client.cancel(values.messageId()).thenAccept(r -> ResultHeaders.status(out, r));
            case cancelAll -> client.cancelAll().thenAccept(r -> answer(out, r, r.data()));
            case send, price -> throw new IllegalStateException(operation + " is not a query operation");
        };
    }

    private CompletableFuture<Void> exportHistory(ClickSendVoiceClient client, Message out) {
        ClickSendVoiceConfiguration c = endpoint.getConfiguration();
        if (c.getFilename() == null || c.getFilename().isBlank()) {
            throw missing("filename");
        }
        CompletableFuture<ApiResponse<String>> export = client.exportHistory(c.getFilename());
        if (!c.isDownload()) {
            return export.thenAccept(r -> answer(out, r, r.data()));
        }
        return export.thenCompose(r -> client.download(r.data()).thenAccept(csv -> {
            ResultHeaders.status(out, r);
            out.setHeader(Exchange.CONTENT_TYPE, "text/csv");
            out.setBody(new ByteArrayInputStream(csv));
        }));
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

    private static void answer(Message out, ApiResponse<?> response, Object body) {
        ResultHeaders.status(out, response);
        out.setBody(body);
    }

    static ClickSendVoiceValidationException missing(String field) {
        return new ClickSendVoiceValidationException(field, null, "is missing");
    }
}
