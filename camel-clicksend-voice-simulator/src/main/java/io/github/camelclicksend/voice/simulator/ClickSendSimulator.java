package io.github.camelclicksend.voice.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * A stateful stand-in for the ClickSend REST API v3 Voice endpoints on a loopback port.
 *
 * <pre>{@code
 * try (ClickSendSimulator sim = ClickSendSimulator.start()) {
 *     String baseUrl = sim.baseUrl();                 // http://127.0.0.1:PORT/v3
 *     // ... call the API with Basic sim.username() / sim.apiKey() ...
 *     sim.acceptedMessages();                        // the calls /voice/send accepted
 *     sim.faults().next(1).respond(503);             // make the next request fail
 * }
 * }</pre>
 *
 * <p>Accounts: the default account ({@link #DEFAULT_USERNAME} / {@link #DEFAULT_API_KEY} unless the builder
 * says otherwise), the documented test accounts {@link #NOCREDIT_USERNAME} (every message
 * {@code INSUFFICIENT_CREDIT}), {@link #NOTACTIVE_USERNAME} (401) and {@link #BANNED_USERNAME} (403), all with
 * key {@link #TEST_ACCOUNTS_API_KEY}, and any added with {@link #addAccount}. Calls, receipts and exported
 * files belong to the account that made them.
 *
 * <p>Calls: each accepted call without a future {@code schedule} is {@code Queued}, and {@code receiptDelay}
 * later becomes {@code Sent} with a {@code Delivered} receipt ({@code status_code} "201"), or {@code Failed}
 * with an {@code Undelivered} receipt ("301") when the number ends in {@value SimulatorState#UNANSWERED_SUFFIX}.
 * A scheduled call is {@code Scheduled} until cancelled or until its time (plus {@code receiptDelay}).
 * {@code digits} is "1" when {@code require_input} was 1 and the call was answered, else "".
 *
 * <p>Every request is recorded ({@link #requests()}); {@link #faults()} injects errors, resets, latency.
 * The Authorization header and API keys are never logged.
 */
public final class ClickSendSimulator implements AutoCloseable {

    public static final String DEFAULT_USERNAME = "simulator";
    public static final String DEFAULT_API_KEY = "SIM-4F1C2B9E-7A31-4D5E-9C0A-C1A1C5E2D0F7";
    /** The key of ClickSend's documented test accounts. */
    public static final String TEST_ACCOUNTS_API_KEY = "D83DED51-9E35-4D42-9BB9-0E34B7CA85AE";
    /** Test account: sends are accepted as requests but every message is {@code INSUFFICIENT_CREDIT}. */
    public static final String NOCREDIT_USERNAME = "nocredit";
    /** Test account: every request is 401 UNAUTHORIZED, as with a wrong key. */
    public static final String NOTACTIVE_USERNAME = "notactive";
    /** Test account: every request is 403 FORBIDDEN (suspended). */
    public static final String BANNED_USERNAME = "banned";
    /** A number with this ending is not answered: {@code Undelivered} receipt, call {@code Failed}. */
    public static final String UNANSWERED_NUMBER_SUFFIX = SimulatorState.UNANSWERED_SUFFIX;

    public static final Duration DEFAULT_RECEIPT_DELAY = Duration.ofMillis(200);
    public static final BigDecimal DEFAULT_PRICE_PER_CREDIT = new BigDecimal("0.0700");
    public static final String DEFAULT_CURRENCY = "AUD";

    private final Builder config;
    private final Accounts accounts = new Accounts();
    private final FaultPlan faults = new FaultPlan();
    private final RequestLedger ledger;
    private final RateLimiter rateLimiter;
    private final SimulatorState state;
    private final SimHttpServer server;

    private ClickSendSimulator(Builder builder) {
        this.config = builder.copy();
        this.ledger = new RequestLedger(config.maxRecordedRequests);
        this.rateLimiter = new RateLimiter(config.rateLimit == null ? RateLimiter.DEFAULT_LIMIT : config.rateLimit,
                config.rateLimit != null);
        this.state = new SimulatorState(config.receiptDelay);
        accounts.add(config.username, config.apiKey, Accounts.Standing.ACTIVE);
        VoiceEndpoints endpoints = new VoiceEndpoints(state, new SendProcessor(state, config.pricePerCredit),
                new ReceiptPusher(), config.currency, this::origin);
        this.server = new SimHttpServer(config.port, config.sslContext,
                new ApiHandler(accounts, rateLimiter, endpoints), faults, ledger);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a simulator with every default on a free port. */
    public static ClickSendSimulator start() {
        return builder().start();
    }

    /** A server-side SSLContext with the shipped self-signed certificate; see {@link SimulatorTls}. */
    public static SSLContext selfSignedTls() {
        return SimulatorTls.serverContext();
    }

    private ClickSendSimulator listen() {
        try {
            server.start();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Cannot start the ClickSend simulator on port " + config.port, e);
        }
        return this;
    }

    /** e.g. {@code http://127.0.0.1:54321/v3} ({@code https} when built with {@link Builder#https}). */
    public String baseUrl() {
        return origin() + "/v3";
    }

    public int port() {
        return server.port();
    }

    public String username() {
        return config.username;
    }

    public String apiKey() {
        return config.apiKey;
    }

    /** Adds (or replaces the key of) an active account with its own calls and receipts. */
    public ClickSendSimulator addAccount(String username, String apiKey) {
        accounts.add(username, apiKey, Accounts.Standing.ACTIVE);
        return this;
    }

    /** Defines a contact list usable as {@code list_id} by every account; kept across {@link #reset()}. */
    public ClickSendSimulator addContactList(int listId, List<String> numbers) {
        state.addContactList(listId, Objects.requireNonNull(numbers, "numbers"));
        return this;
    }

    /** Every HTTP request received (capped, oldest first), faulted ones included. */
    public List<RecordedRequest> requests() {
        return ledger.all();
    }

    /** The recorded requests with this method and path, e.g. {@code ("POST", "/v3/voice/send")}. */
    public List<RecordedRequest> requests(String method, String path) {
        return ledger.matching(method, path);
    }

    /** Every call accepted by {@code /voice/send} (all accounts), in acceptance order. */
    public List<SimulatedCall> acceptedMessages() {
        return state.calls();
    }

    /** Every receipt (all accounts, read and unread), in creation order. */
    public List<SimulatedReceipt> receipts() {
        return state.receipts();
    }

    /** Queues a receipt as if a call had completed; unset fields take the builder's defaults. */
    public SimulatedReceipt addReceipt(SimulatedReceipt.Builder receipt) {
        SimulatedReceipt built = receipt.build(config.username);
        state.addReceipt(built);
        return built;
    }

    /** Queues a receipt for the default account; {@code status} is Delivered for a 2xx code, else Undelivered. */
    public SimulatedReceipt addReceipt(String messageId, String statusCode, String statusText, String digits,
                                       String customString, Instant timestamp) {
        return addReceipt(SimulatedReceipt.builder().messageId(messageId).statusCode(statusCode)
                .statusText(statusText).digits(digits).customString(customString).timestamp(timestamp));
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Clears the request ledger, calls, receipts, files, faults and rate-limit windows; accounts and lists stay. */
    public void reset() {
        ledger.clear();
        state.reset();
        faults.clear();
        rateLimiter.reset();
    }

    /** Stops the server and its timers. */
    @Override
    public void close() {
        server.close();
        state.close();
    }

    @Override
    public String toString() {
        return "ClickSendSimulator[" + baseUrl() + ", user " + username() + "]";
    }

    private String origin() {
        return (server.secure() ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /** A configured simulator that is not listening yet. */
    public static final class Unstarted {
        private final Builder config;

        private Unstarted(Builder config) {
            this.config = config;
        }

        /** Binds the port (127.0.0.1) and starts serving; each call starts a new simulator. */
        public ClickSendSimulator start() {
            return new ClickSendSimulator(config).listen();
        }
    }

    /** Options of a simulator; every one has a default. */
    public static final class Builder {
        private int port;
        private Duration receiptDelay = DEFAULT_RECEIPT_DELAY;
        private BigDecimal pricePerCredit = DEFAULT_PRICE_PER_CREDIT;
        private String currency = DEFAULT_CURRENCY;
        private SSLContext sslContext;
        private String username = DEFAULT_USERNAME;
        private String apiKey = DEFAULT_API_KEY;
        private Integer rateLimit;
        private int maxRecordedRequests = 100_000;

        private Builder() {
        }

        /** 0 (default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = port;
            return this;
        }

        /** Time from acceptance of a call to its receipt; default 200 ms. */
        public Builder receiptDelay(Duration receiptDelay) {
            if (receiptDelay.isNegative()) {
                throw new IllegalArgumentException("receiptDelay must be >= 0");
            }
            this.receiptDelay = receiptDelay;
            return this;
        }

        /** Price of one message credit (300 GSM / 150 Unicode characters); default 0.0700. */
        public Builder pricePerCredit(BigDecimal pricePerCredit) {
            if (pricePerCredit.signum() < 0) {
                throw new IllegalArgumentException("pricePerCredit must be >= 0");
            }
            this.pricePerCredit = pricePerCredit;
            return this;
        }

        /** ISO code reported in {@code _currency}; default AUD. */
        public Builder currency(String currency) {
            this.currency = currency.toUpperCase(Locale.ROOT);
            return this;
        }

        /** Serves HTTPS with this server-side context, e.g. {@link ClickSendSimulator#selfSignedTls()}. */
        public Builder https(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** The default account's credentials; default {@link #DEFAULT_USERNAME} / {@link #DEFAULT_API_KEY}. */
        public Builder credentials(String username, String apiKey) {
            this.username = Objects.requireNonNull(username, "username");
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * Enforces a limit of requests per account per 60-second window, answering 429 with Retry-After
         * beyond it. Without it the headers report a limit of 6000 that is never enforced.
         */
        public Builder rateLimit(int requestsPerMinute) {
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("requestsPerMinute must be >= 1");
            }
            this.rateLimit = requestsPerMinute;
            return this;
        }

        /** How many requests {@link #requests()} keeps (oldest dropped first); default 100000. */
        public Builder maxRecordedRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be >= 1");
            }
            this.maxRecordedRequests = max;
            return this;
        }

        /**
         * The configuration, frozen; {@code build().start()} starts a simulator. (A separate type, because
         * {@link ClickSendSimulator#start()} is the static shortcut and Java cannot also have an instance
         * {@code start()} there.)
         */
        public Unstarted build() {
            return new Unstarted(copy());
        }

        /** Same as {@code build().start()}. */
        public ClickSendSimulator start() {
            return build().start();
        }

        Builder copy() {
            Builder b = new Builder();
            b.port = port;
            b.receiptDelay = receiptDelay;
            b.pricePerCredit = pricePerCredit;
            b.currency = currency;
            b.sslContext = sslContext;
            b.username = username;
            b.apiKey = apiKey;
            b.rateLimit = rateLimit;
            b.maxRecordedRequests = maxRecordedRequests;
            return b;
        }
    }
}
