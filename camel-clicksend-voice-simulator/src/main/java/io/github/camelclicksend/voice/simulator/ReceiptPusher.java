package io.github.camelclicksend.voice.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes receipts to URLs on its own threads, never on the thread that produced the receipt: one request per
 * attempt, retried after a non-2xx answer or no answer as the {@link PushRetry} in force says, each attempt
 * recorded in a ledger. {@link #close()} stops every pending and running attempt.
 */
final class ReceiptPusher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ReceiptPusher.class.getName());
    static final int THREADS = 4;
    static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int READ_TIMEOUT_MILLIS = 5_000;
    static final int LEDGER_CAPACITY = 100_000;

    private final Switches switches;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong epoch = new AtomicLong(); // attempts of an older epoch were cancelled by reset()
    private final Set<HttpURLConnection> inFlight = ConcurrentHashMap.newKeySet();
    private final Deque<PushRecord> ledger = new ArrayDeque<>(); // guarded by itself

    /** Told of every attempt once it is recorded, e.g. to print it ({@code --verbose}). */
    @FunctionalInterface
    interface AttemptListener {
        void attempted(PushRecord attempt, int attempts);
    }

    private final AttemptListener listener;

    ReceiptPusher(Switches switches, String threadPrefix, AttemptListener listener) {
        this.switches = switches;
        this.listener = listener;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread thread = new Thread(r, threadPrefix + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Pushes the fields to the URL in the format and with the retries in force now. */
    void push(Integer ruleId, String url, Map<String, Object> fields) {
        schedule(new Attempt(ruleId, url, switches.pushFormat, fields, switches.pushRetry, 1, epoch.get()), 0);
    }

    /** Cancels every attempt not yet running (running ones end without retry or record) and empties the ledger. */
    void reset() {
        epoch.incrementAndGet();
        for (Runnable queued : executor.getQueue()) {
            if (((Future<?>) queued).cancel(false)) {
                pending.decrementAndGet();
            }
        }
        clearLedger();
    }

    /** Attempts scheduled or running. */
    int pending() {
        return pending.get();
    }

    List<PushRecord> ledger() {
        synchronized (ledger) {
            return List.copyOf(ledger);
        }
    }

    void clearLedger() {
        synchronized (ledger) {
            ledger.clear();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        inFlight.forEach(HttpURLConnection::disconnect);
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pending.set(0);
    }

    private void schedule(Attempt attempt, long delayMillis) {
        pending.incrementAndGet();
        try {
            executor.schedule(attempt, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet(); // closed
        }
    }

    /** One try to deliver a receipt; schedules the next one when it fails and tries are left. */
    private final class Attempt implements Runnable {
        final Integer ruleId;
        final String url;
        final PushFormat format;
        final Map<String, Object> fields;
        final PushRetry retry;
        final int number;
        final long epochAtStart;

        Attempt(Integer ruleId, String url, PushFormat format, Map<String, Object> fields, PushRetry retry, int number,
                long epochAtStart) {
            this.ruleId = ruleId;
            this.url = url;
            this.format = format;
            this.fields = fields;
            this.retry = retry;
            this.number = number;
            this.epochAtStart = epochAtStart;
        }

        @Override
        public void run() {
            try {
                attempt();
            } finally {
                pending.decrementAndGet();
            }
        }

        private void attempt() {
            if (epochAtStart != epoch.get()) {
                return;
            }
            Integer status = null;
            String failure = null;
            try {
                status = send();
            } catch (IOException | RuntimeException e) {
                failure = e.toString();
            }
            if (epochAtStart != epoch.get()) {
                return;
            }
            PushRecord attempt = new PushRecord(ruleId, url, format, asText(fields), number, status, failure,
                    Instant.now());
            record(attempt);
            listener.attempted(attempt, retry.attempts());
            boolean delivered = attempt.delivered();
            LOG.log(Level.DEBUG, "receipt push {0} attempt {1}: {2}", PushRecord.maskQuery(url), number,
                    status != null ? status : failure);
            if (!delivered && number < retry.attempts() && !executor.isShutdown()) {
                schedule(new Attempt(ruleId, url, format, fields, retry, number + 1, epochAtStart),
                        retry.delay().toMillis());
            }
        }

        private int send() throws IOException {
            String form = formEncoded(fields);
            URL target = new URL(format == PushFormat.GET ? url + (url.contains("?") ? "&" : "?") + form : url);
            HttpURLConnection connection = (HttpURLConnection) target.openConnection(Proxy.NO_PROXY);
            inFlight.add(connection);
            try {
                connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
                connection.setReadTimeout(READ_TIMEOUT_MILLIS);
                connection.setInstanceFollowRedirects(false);
                connection.setRequestProperty("User-Agent", "clicksend-voice-simulator");
                connection.setRequestProperty("Connection", "close");
                if (format != PushFormat.GET) {
                    byte[] body = format == PushFormat.JSON ? Json.write(fields) : form.getBytes(StandardCharsets.UTF_8);
                    connection.setRequestMethod("POST");
                    connection.setRequestProperty("Content-Type", format == PushFormat.JSON
                            ? HttpResponse.JSON : "application/x-www-form-urlencoded");
                    connection.setDoOutput(true);
                    connection.setFixedLengthStreamingMode(body.length); // also stops the JDK from re-sending a POST
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = connection.getResponseCode();
                try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                    if (in != null) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                return status;
            } finally {
                inFlight.remove(connection);
                connection.disconnect();
            }
        }
    }

    private void record(PushRecord attempt) {
        synchronized (ledger) {
            if (ledger.size() >= LEDGER_CAPACITY) {
                ledger.removeFirst();
            }
            ledger.addLast(attempt);
        }
    }

    static String formEncoded(Map<String, Object> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + (value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8))));
        return form.toString();
    }

    private static Map<String, String> asText(Map<String, Object> fields) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> text.put(name, value == null ? null : value.toString()));
        return text;
    }
}
