package io.github.camelclicksend.voice.producer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.ClickSendVoiceCounter;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.ClickSendVoiceRejectionPolicy;
import io.github.camelclicksend.voice.ClickSendVoiceStatistics;
import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.client.SendResponse;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceRejectedException;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.producer.SendProgress.ChunkState;

/**
 * send and price: maps and validates every message, posts chunks of at most batchSize in order in a plain loop on the
 * calling thread, stops at the first chunk that fails, and merges the answers in input order. For send, the chunks' states stay on the exchange, so a
 * redelivery never sends a message twice (see {@link SendProgress}).
 */
public final class SendOperation {

    static final String PROGRESS_PROPERTY = "CamelClickSendVoiceSendProgress";

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;
    private final VoiceMessageMapper mapper;

    public SendOperation(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client,
                         VoiceMessageMapper mapper) {
        this.endpoint = endpoint;
        this.client = client;
        this.mapper = mapper;
    }

    public void send(Exchange exchange) {
        SendProgress progress = exchange.getProperty(PROGRESS_PROPERTY, SendProgress.class);
        Object body = exchange.getIn().getBody();
        if (progress == null || !progress.isFor(body, endpoint)) {
            progress = plan(exchange);
            exchange.setProperty(PROGRESS_PROPERTY, progress);
        }
        new Attempt(exchange, progress, false).run();
    }

    public void price(Exchange exchange) {
        new Attempt(exchange, plan(exchange), true).run();
    }

    private SendProgress plan(Exchange exchange) {
        Message in = exchange.getIn();
        List<VoiceMessage> messages = mapper.map(in.getBody(), in.getHeaders(), endpoint.getConfiguration());
        return new SendProgress(in.getBody(), endpoint, messages, endpoint.getConfiguration().getBatchSize());
    }

    /** One pass over the chunks that still need sending. */
    private final class Attempt {
        private final Exchange exchange;
        private final SendProgress progress;
        private final boolean price;
        private final ClickSendVoiceClient client = SendOperation.this.client.get();
        private final boolean resendUnknown = endpoint.getConfiguration().isResendUnknown();
        private final ClickSendVoiceStatistics statistics = endpoint.getStatistics();
        private final List<Integer> skippedUnknown = new ArrayList<>();
        private int batches;
        private ApiResponse<SendResponse> last;

        Attempt(Exchange exchange, SendProgress progress, boolean price) {
            this.exchange = exchange;
            this.progress = progress;
            this.price = price;
        }

        void run() {
            for (int chunk = 0; chunk < progress.chunks(); chunk++) {
                if (needsSending(chunk)) {
                    post(chunk);
                }
            }
            finish();
        }

        private void post(int chunk) {
            batches++;
            List<VoiceMessage> messages = progress.messages(chunk);
            if (!price) {
                statistics.add(ClickSendVoiceCounter.CALLS_SENT, messages.size());
            }
            ApiResponse<SendResponse> response;
            try {
                response = price ? client.price(messages) : client.send(messages);
            } catch (ClickSendVoiceException failure) {
                throw fail(chunk, failure);
            }
            if (!price) {
                counted(response.data());
            }
            progress.accepted(chunk, response);
            last = response;
        }

        private boolean needsSending(int chunk) {
            ChunkState state = progress.state(chunk);
            if (state == ChunkState.ACCEPTED) {
                return false;
            }
            if (state == ChunkState.UNKNOWN && !resendUnknown) {
                skippedUnknown.add(chunk);
                return false;
            }
            return true;
        }

        private RuntimeException fail(int chunk, ClickSendVoiceException failure) {
            Message out = exchange.getMessage();
            out.setHeader(ClickSendVoiceConstants.BATCH_COUNT, batches);
            ResultHeaders.status(out, failure);
            if (failure instanceof ClickSendVoiceApiException api) {
                boolean unknown = api.isOutcomeUnknown();
                counted(chunk, unknown);
                progress.failed(chunk, unknown ? ChunkState.UNKNOWN : ChunkState.NOT_PROCESSED);
                return api.withNotSent(progress.indexes(ChunkState.NOT_SENT, ChunkState.NOT_PROCESSED),
                        progress.describe() + ".");
            }
            counted(chunk, true);
            progress.failed(chunk, ChunkState.UNKNOWN);
            List<Integer> unknown = new ArrayList<>(indexesOf(skippedUnknown));
            for (int i = progress.start(chunk); i < progress.end(chunk); i++) {
                unknown.add(i);
            }
            return new ClickSendVoiceOutcomeUnknownException(failure.getMessage() + ". " + progress.describe()
                                                             + ". Messages with an unknown outcome are not sent again "
                                                             + "on redelivery unless resendUnknown=true.",
                    unknown, failure);
        }

        private void counted(SendResponse data) {
            if (data == null) {
                return;
            }
            long accepted = data.getMessages().stream()
                    .filter(row -> VoiceMessageResult.STATUS_SUCCESS.equals(row.getStatus())).count();
            statistics.add(ClickSendVoiceCounter.CALLS_ACCEPTED, accepted);
            statistics.add(ClickSendVoiceCounter.CALLS_REJECTED, data.getMessages().size() - accepted);
            statistics.spent(data.getTotalPrice(), data.getCurrency());
        }

        private void counted(int chunk, boolean outcomeUnknown) {
            if (!price) {
                int calls = progress.end(chunk) - progress.start(chunk);
                statistics.add(ClickSendVoiceCounter.CALLS_FAILED, calls);
                if (outcomeUnknown) {
                    statistics.add(ClickSendVoiceCounter.CALLS_OUTCOME_UNKNOWN, calls);
                }
            }
        }

        private void finish() {
            Message out = exchange.getMessage();
            out.setHeader(ClickSendVoiceConstants.BATCH_COUNT, batches);
            if (last != null) {
                ResultHeaders.status(out, last);
            }
            if (!skippedUnknown.isEmpty()) {
                throw new ClickSendVoiceOutcomeUnknownException(
                        "Messages whose outcome was unknown were not sent again (resendUnknown=false); the rest were "
                                                                + "sent. " + progress.describe() + ".",
                        indexesOf(skippedUnknown), null);
            }
            VoiceSendResult result = merge();
            setResultHeaders(out, result);
            ClickSendVoiceRejectionPolicy policy = endpoint.getConfiguration().getRejectionPolicy();
            if (violates(policy, result)) {
                throw new ClickSendVoiceRejectedException(result, policy.name());
            }
            exchange.removeProperty(PROGRESS_PROPERTY);
            out.setBody(result);
        }

        private List<Integer> indexesOf(List<Integer> chunks) {
            List<Integer> out = new ArrayList<>();
            for (int c : chunks) {
                for (int i = progress.start(c); i < progress.end(c); i++) {
                    out.add(i);
                }
            }
            return out;
        }

        private VoiceSendResult merge() {
            List<VoiceMessageResult> results = new ArrayList<>();
            BigDecimal totalPrice = BigDecimal.ZERO;
            int totalCount = 0;
            int queued = 0;
            String currency = null;
            for (int c = 0; c < progress.chunks(); c++) {
                SendResponse data = progress.response(c).data();
                if (data == null) {
                    continue;
                }
                totalPrice = totalPrice.add(data.getTotalPrice());
                totalCount += data.getTotalCount();
                queued += data.getQueuedCount();
                currency = currency != null ? currency : data.getCurrency();
                addRows(results, c, data.getMessages());
            }
            return new VoiceSendResult(results, totalPrice, totalCount, queued, currency);
        }

        /** Pairs rows with input messages: one row per number, consecutive rows per contact list. */
        private void addRows(List<VoiceMessageResult> results, int chunk, List<SendResponse.Row> rows) {
            int index = progress.start(chunk);
            int end = progress.end(chunk);
            boolean oneToOne = rows.size() == end - index;
            for (int r = 0; r < rows.size(); r++) {
                SendResponse.Row row = rows.get(r);
                if (!oneToOne && r > 0 && index + 1 < end && !sameList(progress.message(index), row)) {
                    index++;
                }
                results.add(new VoiceMessageResult(index, row.getMessageId(), row.getTo(), row.getListId(),
                        row.getStatus(), row.getMessagePrice(), row.getMessageParts(), row.getCustomString()));
                if (oneToOne) {
                    index++;
                }
            }
        }

        private static boolean sameList(VoiceMessage message, SendResponse.Row row) {
            return message.getListId() != null && message.getListId().equals(row.getListId());
        }

        private void setResultHeaders(Message out, VoiceSendResult result) {
            out.setHeader(ClickSendVoiceConstants.TOTAL_PRICE, result.getTotalPrice());
            out.setHeader(ClickSendVoiceConstants.TOTAL_COUNT, result.getTotalCount());
            out.setHeader(ClickSendVoiceConstants.QUEUED_COUNT, result.getQueuedCount());
            out.setHeader(ClickSendVoiceConstants.REJECTED_COUNT, result.getRejected().size());
            out.setHeader(ClickSendVoiceConstants.CURRENCY, result.getCurrency());
            out.setHeader(ClickSendVoiceConstants.MESSAGE_IDS,
                    result.getMessages().stream().map(VoiceMessageResult::getMessageId).toList());
        }
    }

    private static boolean violates(ClickSendVoiceRejectionPolicy policy, VoiceSendResult result) {
        return switch (policy) {
            case FAIL -> !result.getRejected().isEmpty();
            case FAIL_IF_ALL -> !result.getMessages().isEmpty() && result.getAccepted().isEmpty();
            case IGNORE -> false;
        };
    }
}
