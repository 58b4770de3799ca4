package io.github.camelclicksend.voice;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

    /** The body when it is non-blank text, else the header, else the option, else poll. */
    private static String receiptUrl(Exchange exchange, ExchangeValues values) {
        Object body = exchange.getIn().getBody();
        String text = body instanceof CharSequence cs ? cs.toString()
                : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : null;
        if (text != null && !text.isBlank()) {
            return text.trim();
        }
        String url = values.receiptUrl();
        return url == null || url.isBlank() ? POLL : url;
    }

    private static void answer(Message out, ApiResponse<?> response, Object body) {
        ResultHeaders.status(out, response);
        out.setBody(body);
    }

    static ClickSendVoiceValidationException missing(String field) {
        return new ClickSendVoiceValidationException(field, null, "is missing");
    }
}
