package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The Voice endpoints, one method each, for an already authenticated account. */
final class VoiceEndpoints {

    private static final Comparator<SimulatedCall> OLDEST_FIRST = Comparator.comparing(SimulatedCall::dateAdded);

    private final SimulatorState state;
    private final SendProcessor sendProcessor;
    private final ReceiptStore receipts;
    private final ReceiptDispatcher dispatcher;
    private final Switches switches;
    private final Clock clock;
    private final String currency;
    private final Supplier<String> origin;
    private volatile ReceiptsPageListener pageListener;

    /** @param origin e.g. {@code http://127.0.0.1:8080}, for the absolute URLs the API hands out */
    VoiceEndpoints(SimulatorState state, SendProcessor sendProcessor, ReceiptStore receipts,
                   ReceiptDispatcher dispatcher, Switches switches, Clock clock, String currency,
                   Supplier<String> origin) {
        this.state = state;
        this.sendProcessor = sendProcessor;
        this.receipts = receipts;
        this.dispatcher = dispatcher;
        this.switches = switches;
        this.clock = clock;
        this.currency = currency;
        this.origin = origin;
    }

    void onReceiptsPage(ReceiptsPageListener listener) {
        this.pageListener = listener;
    }

    /** {@code POST /voice/send}: accepted rows become calls, scheduled when their schedule is in the future. */
    HttpResponse send(Accounts.Account account, HttpRequest request) {
        List<MessageRow> rows = sendProcessor.evaluate(request.bodyText(), account);
        long now = clock.instant().getEpochSecond();
        List<SimulatedCall> accepted = new ArrayList<>();
        List<MessageRow> rejected = new ArrayList<>();
        for (MessageRow row : rows) {
            if (row.accepted()) {
                boolean scheduled = row.scheduleSeconds != null && row.scheduleSeconds > now;
                accepted.add(new SimulatedCall(account.username, row,
                        scheduled ? SimulatedCall.SCHEDULED : SimulatedCall.QUEUED));
            } else {
                rejected.add(row);
            }
        }
        state.accept(accepted);
        state.reject(account.username, rejected);
        return Json.ok("Here are your data.", WireFormat.sendData(rows, account, currency));
    }

    /** {@code POST /voice/price}: same answer as send, nothing is recorded. */
    HttpResponse price(Accounts.Account account, HttpRequest request) {
        Accounts.Account quoting = account.standing == Accounts.Standing.NO_CREDIT
                ? new Accounts.Account(account.username, account.apiKey, account.userId, Accounts.Standing.ACTIVE)
                : account; // a quote does not need credit
        List<MessageRow> rows = sendProcessor.evaluate(request.bodyText(), quoting);
        return Json.ok("Here are your data.", WireFormat.sendData(rows, account, currency));
    }

    HttpResponse history(Accounts.Account account, HttpRequest request) {
        Map<String, String> query = request.query();
        List<SimulatedCall> calls = filteredHistory(account, query);
        return Json.ok("Here is your history.", Paginator.page(calls, query, origin.get() + request.path,
                call -> WireFormat.historyRecord(call, account)));
    }

    HttpResponse exportHistory(Accounts.Account account, HttpRequest request) {
        Map<String, String> query = request.query();
        String filename = query.get("filename");
        if (filename == null || filename.isBlank()) {
            throw ApiException.badRequest("Missing required field: filename.");
        }
        String csv = CsvExport.render(filteredHistory(account, query));
        String id = state.storeFile(account.username, filename, csv.getBytes(StandardCharsets.UTF_8));
        String url = origin.get() + "/files/" + id + "?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
        return Json.ok("Download your file here.", Map.of("url", url));
    }

    /** {@code GET /files/{id}}: only the account that exported the file may download it. */
    HttpResponse download(Accounts.Account account, String fileId) {
        SimulatorState.StoredFile file = state.file(fileId);
        if (file == null) {
            throw ApiException.notFound("File not found.");
        }
        if (!file.username.equals(account.username)) {
            throw new ApiException(401, "UNAUTHORIZED", "Authorization failed.");
        }
        return new HttpResponse(200, "text/csv", file.content)
                .header("Content-Disposition", "attachment; filename=\"" + file.filename.replace("\"", "") + "\"");
    }

    HttpResponse languages() {
        return Json.ok("Here are the possible languages.", Languages.asJson());
    }

    /** {@code GET /voice/receipts}: one page of the unread receipts, oldest first, cut without copying the rest. */
    HttpResponse receipts(Accounts.Account account, HttpRequest request) {
        Map<String, String> query = request.query();
        ReceiptStore.Page page = receipts.page(account.username, Paginator.offset(query), Paginator.limit(query));
        ReceiptsPageListener listener = pageListener;
        if (listener != null) {
            listener.pageServed(account.username, Paginator.pageNumber(query), page.items);
        }
        return Json.ok("Here are your delivery receipts.", Paginator.page(page.total, page.items, query,
                origin.get() + request.path, receipt -> WireFormat.receipt(receipt, account)));
    }

    HttpResponse receipt(Accounts.Account account, String messageId) {
        SimulatedReceipt receipt = receipts.find(account.username, messageId);
        if (receipt == null) {
            throw ApiException.notFound("Receipt record not found.");
        }
        return Json.ok("Here is your result.", WireFormat.receipt(receipt, account));
    }

    /** {@code POST /voice/receipts}: a fabricated receipt, queued for polling ("poll") or pushed to the URL. */
    HttpResponse addTestReceipt(Accounts.Account account, HttpRequest request) {
        JsonNode body = Json.parse(request.bodyText());
        JsonNode urlNode = body == null ? null : body.get("url");
        String url = urlNode == null || urlNode.isNull() ? null : urlNode.asText().trim();
        if (url == null || url.isEmpty()) {
            throw ApiException.badRequest("Missing required field: url.");
        }
        boolean poll = url.equalsIgnoreCase("poll");
        if (!poll && !ReceiptRules.isHttpUrl(url)) {
            throw ApiException.badRequest("The url must be 'poll' or an http(s) URL.");
        }
        SimulatedReceipt receipt = SimulatedReceipt.builder().digits("2").build(account.username, clock.instant());
        if (poll) {
            dispatcher.queueTestReceipt(receipt);
        } else {
            dispatcher.pushTestReceipt(url, receipt);
        }
        return Json.ok("Test receipt has been added.", WireFormat.receipt(receipt, account));
    }

    /** {@code PUT /voice/receipts-read}: {@code date_before} from a JSON body (or the query), else everything. */
    HttpResponse markReceiptsRead(Accounts.Account account, HttpRequest request) {
        String text = request.bodyText();
        JsonNode dateBefore = null;
        if (text != null && !text.isBlank()) {
            JsonNode body = Json.parse(text);
            if (body == null || !body.isObject()) {
                throw ApiException.badRequest("Invalid JSON in request body.");
            }
            dateBefore = body.get("date_before");
        }
        String raw = dateBefore != null && !dateBefore.isNull() ? dateBefore.asText().trim()
                : request.query().get("date_before");
        Instant before = null;
        if (raw != null && !raw.isEmpty()) {
            if (!raw.matches("\\d{1,12}")) {
                throw ApiException.badRequest("date_before must be a unix timestamp.");
            }
            before = Instant.ofEpochSecond(Long.parseLong(raw));
        }
        receipts.markRead(account.username, before, switches.dateBeforeReading == DateBeforeReading.UP_TO);
        return Json.ok("Receipts have been marked as read.", null);
    }

    HttpResponse cancel(Accounts.Account account, String messageId) {
        if (!state.cancel(account.username, messageId)) {
            throw ApiException.notFound("Message not found.");
        }
        return Json.ok("Voice have been cancelled.", List.of());
    }

    HttpResponse cancelAll(Accounts.Account account) {
        int count = state.cancelAll(account.username);
        return Json.ok(count + " messages have been cancelled.", Map.of("count", count));
    }

    /** The account's calls within date_from..date_to that match q, oldest first unless order_by says otherwise. */
    private List<SimulatedCall> filteredHistory(Accounts.Account account, Map<String, String> query) {
        long from = timestampParam(query, "date_from", Long.MIN_VALUE);
        long to = timestampParam(query, "date_to", Long.MAX_VALUE);
        HistoryQuery search = HistoryQuery.parse(query);
        List<SimulatedCall> calls = state.calls(account.username).stream()
                .filter(c -> c.dateAdded().getEpochSecond() >= from && c.dateAdded().getEpochSecond() <= to)
                .sorted(OLDEST_FIRST)
                .toList();
        return search.apply(calls, account);
    }

    private static long timestampParam(Map<String, String> query, String name, long fallback) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.trim().matches("\\d{1,12}")) {
            throw ApiException.badRequest(name + " must be a unix timestamp.");
        }
        return Long.parseLong(value.trim());
    }
}
