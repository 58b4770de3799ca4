package io.github.camelclicksend.voice.producer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;

import io.github.camelclicksend.voice.producer.SendProgress.ChunkAnswer;
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
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.mapping.VoiceMessageMapper;
import io.github.camelclicksend.voice.model.VoiceMessage;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.github.camelclicksend.voice.producer.SendProgress.ChunkState;

/**
 * send and price: maps and validates every message, posts chunks of at most batchSize in order in a plain loop on the
 * calling thread, stops at the first chunk that fails, and merges the answers in input order. For send, the chunks'
 * states stay on the exchange, so a redelivery never sends a message twice (see {@link SendProgress}); with an
 * idempotentRepository, neither does a new exchange with the same calls (see {@link IdempotentCalls}).
 */
public final class SendOperation {

    static final String PROGRESS_PROPERTY = "CamelClickSendVoiceSendProgress";

    private final ClickSendVoiceEndpoint endpoint;
    private final Supplier<ClickSendVoiceClient> client;
    private final InFlightCalls inFlightCalls;
    private final VoiceMessageMapper mapper;

    public SendOperation(ClickSendVoiceEndpoint endpoint, Supplier<ClickSendVoiceClient> client,
                         VoiceMessageMapper mapper, InFlightCalls inFlightCalls) {
        this.endpoint = endpoint;
        this.client = client;
        this.inFlightCalls = inFlightCalls;
        this.mapper = mapper;
    }

    public void send(Exchange exchange) {
        SendProgress progress = exchange.getProperty(PROGRESS_PROPERTY, SendProgress.class);
        Object body = exchange.getIn().getBody();
        if (progress == null || !progress.isFor(body, endpoint)) {
            progress = plan(exchange);
            if (endpoint.getConfiguration().getIdempotentRepository() != null) {
                requireIdentities(progress);
            }
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

    /** With an idempotentRepository, custom_string is each call's identity: present and unique in the exchange. */
    private static void requireIdentities(SendProgress progress) {
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < progress.chunks(); c++) {
            List<VoiceMessage> messages = progress.messages(c);
            for (int i = 0; i < messages.size(); i++) {
                int index = progress.start(c) + i;
                String key = messages.get(i).getCustomString();
                if (key == null || key.isBlank()) {
                    throw new ClickSendVoiceValidationException("customString", index, "is required with an "
                                                                                  + "idempotentRepository: it is the call's identity");
                }
                Integer earlier = seen.putIfAbsent(key, index);
                if (earlier != null) {
                    throw new ClickSendVoiceValidationException("customString", index, "'" + key
                                                                                  + "' is also the customString of message " + earlier
                                                                                  + "; with an idempotentRepository each call needs its own");
                }
            }
        }
    }

    /** One pass over the chunks that still need sending. */
    private final class Attempt {
        private final Exchange exchange;
        private final SendProgress progress;
        private final boolean price;
        private final ClickSendVoiceClient client = SendOperation.this.client.get();
        private final boolean resendUnknown = endpoint.getConfiguration().isResendUnknown();
        private final ClickSendVoiceStatistics statistics = endpoint.getStatistics();
        private final IdempotentCalls idempotent;
        private final List<Integer> skippedUnknown = new ArrayList<>();
        private int batches;
        private ApiResponse<SendResponse> last;

        Attempt(Exchange exchange, SendProgress progress, boolean price) {
            this.exchange = exchange;
            this.progress = progress;
            this.price = price;
            IdempotentRepository repository = endpoint.getConfiguration().getIdempotentRepository();
            this.idempotent = price || repository == null ? null
                    : new IdempotentCalls(repository, new HistoryLookup(client), inFlightCalls,
                            endpoint.getConfiguration().getIdempotentLookback());
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
            List<VoiceMessage> messages = progress.messages(chunk);
            List<Integer> indexes = progress.indexes(chunk);
            List<VoiceMessageResult> alreadySent = List.of();
            if (idempotent != null) {
                IdempotentCalls.Claim claim;
                try {
                    claim = idempotent.claim(messages, indexes);
                } catch (ClickSendVoiceException historyUnreadable) {
                    throw failBeforePosting(chunk, historyUnreadable);
                }
                if (claim == null) { // an earlier request of these calls may still be on its way
                    progress.failed(chunk, ChunkState.UNKNOWN);
                    skippedUnknown.add(chunk);
                    return;
                }
                alreadySent = claim.alreadySent();
                messages = claim.toPost().stream().map(messages::get).toList();
                indexes = claim.toPost().stream().map(indexes::get).toList();
                if (messages.isEmpty()) {
                    progress.accepted(chunk, answer(alreadySent, List.of(), null));
                    return;
                }
            }
            batches++;
            if (!price) {
                statistics.add(ClickSendVoiceCounter.CALLS_SENT, messages.size());
            }
            long sentAt = System.nanoTime();
            ApiResponse<SendResponse> response;
            try {
                response = price ? client.price(messages) : client.send(messages);
            } catch (ClickSendVoiceException failure) {
                if (idempotent != null) {
                    if (provablyNotProcessed(failure)) {
                        idempotent.notPlaced(messages);
                    } else {
                        idempotent.unknown(messages, sentAt, endpoint.getConfiguration().getResponseTimeout());
                    }
                }
                throw fail(chunk, failure);
            }
            if (!price) {
                counted(response.data());
            }
            last = response;
            SendResponse data = response.data();
            List<VoiceMessageResult> rows;
            try {
                rows = AnswerRows.match(messages, indexes, data == null ? List.of() : data.getMessages());
            } catch (AnswerRows.Unmatched unmatched) {
                progress.failed(chunk, ChunkState.UNKNOWN);
                throw unknown("ClickSend accepted the request of messages " + progress.start(chunk) + "-"
                              + (progress.end(chunk) - 1) + " but its answer cannot be matched to them ("
                              + unmatched.getMessage() + "), so which calls were placed is not known",
                        chunk, null);
            }
            if (idempotent != null) {
                idempotent.answered(messages, indexes, rows);
            }
            progress.accepted(chunk, answer(alreadySent, rows, data));
        }

        private boolean needsSending(int chunk) {
            ChunkState state = progress.state(chunk);
            if (state == ChunkState.ACCEPTED) {
                return false;
            }
            // with a repository, a chunk of unknown outcome is looked up in history rather than skipped
            if (state == ChunkState.UNKNOWN && !resendUnknown && idempotent == null) {
                skippedUnknown.add(chunk);
                return false;
            }
            return true;
        }

        private RuntimeException fail(int chunk, ClickSendVoiceException failure) {
            Message out = exchange.getMessage();
            out.setHeader(ClickSendVoiceConstants.BATCH_COUNT, batches);
            ResultHeaders.status(out, failure);
            boolean unknown = !provablyNotProcessed(failure);
            counted(chunk, unknown);
            progress.failed(chunk, unknown ? ChunkState.UNKNOWN : ChunkState.NOT_PROCESSED);
            if (failure instanceof ClickSendVoiceApiException api && skippedUnknown.isEmpty()) {
                return api.withNotSent(progress.indexes(ChunkState.NOT_SENT, ChunkState.NOT_PROCESSED),
                        progress.describe() + ".");
            }
            return unknown(failure.getMessage(), unknown ? chunk : -1, failure);
        }

        /** History could not be read for the chunk's known keys: nothing of it was posted. */
        private RuntimeException failBeforePosting(int chunk, ClickSendVoiceException failure) {
            exchange.getMessage().setHeader(ClickSendVoiceConstants.BATCH_COUNT, batches);
            boolean unknown = progress.state(chunk) == ChunkState.UNKNOWN;
            progress.failed(chunk, unknown ? ChunkState.UNKNOWN : ChunkState.NOT_PROCESSED);
            String what = "ClickSend's history could not be searched for calls that an earlier attempt may have placed;"
                          + " nothing more was sent: " + failure.getMessage();
            if (unknown || !skippedUnknown.isEmpty()) {
                return unknown(what, unknown ? chunk : -1, failure);
            }
            if (failure instanceof ClickSendVoiceApiException api) {
                return api.withNotSent(progress.indexes(ChunkState.NOT_SENT, ChunkState.NOT_PROCESSED),
                        "History search failed; nothing more was sent. " + progress.describe() + ".");
            }
            return new ClickSendVoiceException(sentence(what) + " " + progress.describe() + ".", failure);
        }

        /** The API's own message may already end its sentence. */
        private static String sentence(String text) {
            return text.endsWith(".") ? text : text + ".";
        }

        /** The skipped chunks of unknown outcome, and this one unless it is -1. */
        private ClickSendVoiceOutcomeUnknownException unknown(String what, int chunk, Throwable cause) {
            Message out = exchange.getMessage();
            out.setHeader(ClickSendVoiceConstants.BATCH_COUNT, batches);
            List<Integer> unknown = new ArrayList<>(indexesOf(skippedUnknown));
            if (chunk >= 0) {
                unknown.addAll(progress.indexes(chunk));
            }
            return new ClickSendVoiceOutcomeUnknownException(sentence(what) + " " + progress.describe()
                                                             + ". Messages with an unknown outcome are not sent again "
                                                             + "on redelivery unless resendUnknown=true or an "
                                                             + "idempotentRepository finds them missing from ClickSend's history.",
                    unknown, cause);
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
                        "Messages whose outcome was unknown were not sent again (resendUnknown=false, or their earlier "
                                                                + "request may still be in flight); the rest were "
                                                                + "sent. " + progress.describe() + ".",
                        indexesOf(skippedUnknown), null);
            }
            VoiceSendResult result = merge();
            ResultHeaders.result(out, result);
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
                out.addAll(progress.indexes(c));
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
                ChunkAnswer answer = progress.answer(c);
                if (answer == null) {
                    continue;
                }
                totalPrice = totalPrice.add(answer.totalPrice());
                totalCount += answer.totalCount();
                queued += answer.queuedCount();
                currency = currency != null ? currency : answer.currency();
                results.addAll(answer.rows());
            }
            return new VoiceSendResult(results, totalPrice, totalCount, queued, currency);
        }
    }

    /** 429, 503, no connection, another 4xx: the API processed nothing. */
    private static boolean provablyNotProcessed(ClickSendVoiceException failure) {
        return failure instanceof ClickSendVoiceApiException api && !api.isOutcomeUnknown();
    }

    /**
     * The chunk's rows in input order, calls found in history among those posted, with the answer's totals; the
     * calls found in history count as accepted calls at the price history shows.
     */
    private static ChunkAnswer answer(List<VoiceMessageResult> alreadySent, List<VoiceMessageResult> posted,
                                      SendResponse data) {
        List<VoiceMessageResult> rows = new ArrayList<>(alreadySent.size() + posted.size());
        rows.addAll(alreadySent);
        rows.addAll(posted);
        rows.sort(Comparator.comparingInt(VoiceMessageResult::getIndex)); // stable: a list's rows keep their order
        BigDecimal price = data == null ? BigDecimal.ZERO : data.getTotalPrice();
        for (VoiceMessageResult r : alreadySent) {
            price = r.getPrice() == null ? price : price.add(r.getPrice());
        }
        int total = (data == null ? 0 : data.getTotalCount()) + alreadySent.size();
        int queued = (data == null ? 0 : data.getQueuedCount()) + alreadySent.size();
        return new ChunkAnswer(rows, price, total, queued, data == null ? null : data.getCurrency());
    }

    private static boolean violates(ClickSendVoiceRejectionPolicy policy, VoiceSendResult result) {
        return switch (policy) {
            case FAIL -> !result.getRejected().isEmpty();
            case FAIL_IF_ALL -> !result.getMessages().isEmpty() && result.getAccepted().isEmpty();
            case IGNORE -> false;
        };
    }
}
