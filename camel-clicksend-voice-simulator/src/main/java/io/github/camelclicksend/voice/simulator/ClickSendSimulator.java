package io.github.camelclicksend.voice.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
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
 * with an {@code Undelivered} receipt ("301") when not answered. Who answers and which keys are pressed is
 * up to {@link #callees()}: by default every call is answered and presses "1" when {@code require_input} is 1,
 * except numbers ending in {@value SimulatorState#UNANSWERED_SUFFIX}, which do not answer. A scheduled call is
 * {@code Scheduled} until cancelled or until its time (plus {@code receiptDelay}).
 *
 * <p>Receipts: kept for {@code GET /voice/receipts} only when an enabled POLL rule of the account selects them
 * as they are made, as on ClickSend (or always with {@link Builder#pollWithoutRule(boolean)}), and pushed to
 * every enabled URL rule of the account
 * ({@code /v3/automations/voice/receipts}, or {@link #addReceiptRule}); each push attempt is in {@link #pushes()}.
 * {@link #clock()} stamps them.
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
    /**
     * A number with this ending is not answered ({@code Undelivered} receipt, call {@code Failed}) unless
     * {@link #callees()} has a script for its number or the call's {@code custom_string}.
     */
    public static final String UNANSWERED_NUMBER_SUFFIX = SimulatorState.UNANSWERED_SUFFIX;

    public static final Duration DEFAULT_RECEIPT_DELAY = Duration.ofMillis(200);
    public static final BigDecimal DEFAULT_PRICE_PER_CREDIT = new BigDecimal("0.0700");
    public static final String DEFAULT_CURRENCY = "AUD";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Builder config;
    private final Accounts accounts = new Accounts();
    private final FaultPlan faults = new FaultPlan();
    private final Callees callees = new Callees();
    private final ReceiptStore receiptStore = new ReceiptStore();
    private final ReceiptRules receiptRules = new ReceiptRules();
    private final SimulatorClock clock;
    private final Switches switches;
    private final RequestLedger ledger;
    private final RateLimiter rateLimiter;
    private final ReceiptPusher pusher;
    private final ReceiptDispatcher dispatcher;
    private final SimulatorState state;
    private final VoiceEndpoints endpoints;
    private final SimHttpServer server;
    private final String pushThreadPrefix = "clicksend-simulator-" + INSTANCES.incrementAndGet() + "-push-";

    private ClickSendSimulator(Builder builder) {
        this.config = builder.copy();
        this.clock = new SimulatorClock(config.clock);
        this.switches = new Switches(config.pushFormat, config.pushRetry, config.dateBeforeReading,
                config.pollWithoutRule);
        this.ledger = new RequestLedger(config.maxRecordedRequests);
        this.rateLimiter = new RateLimiter(config.rateLimit == null ? RateLimiter.DEFAULT_LIMIT : config.rateLimit,
                config.rateLimit != null);
        accounts.add(config.username, config.apiKey, Accounts.Standing.ACTIVE);
        this.pusher = new ReceiptPusher(switches, pushThreadPrefix,
                config.verbose == null ? (push, attempts) -> { } : RequestLog.pushPrinter(config.verbose));
        this.dispatcher = new ReceiptDispatcher(receiptStore, receiptRules, pusher, accounts, switches);
        this.state = new SimulatorState(config.receiptDelay, clock, callees, dispatcher);
        this.endpoints = new VoiceEndpoints(state, new SendProcessor(state, config.pricePerCredit, clock),
                receiptStore, dispatcher, switches, clock, config.currency, this::origin);
        ApiHandler api = new ApiHandler(accounts, rateLimiter, endpoints,
                new ReceiptRuleEndpoints(receiptRules, this::origin));
        this.server = new SimHttpServer(config.port, config.sslContext, api, faults, ledger, clock,
                new InspectionEndpoints(ledger, pusher::ledger),
                new ConsoleEndpoints(state, callees, pusher::ledger, receiptRules, rateLimiter, faults, config.currency,
                        this::port),
                config.verbose == null ? request -> { } : RequestLog.printer(config.verbose));
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

    /** The web console, e.g. {@code http://127.0.0.1:54321/}: a page that shows the calls and answers ringing ones. */
    public String consoleUrl() {
        return origin() + "/";
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
        return receiptStore.all();
    }

    /**
     * Adds a receipt as if a call had ended: kept for polling when a POLL rule selects it (see
     * {@link Builder#pollWithoutRule}) and
     * pushed to the account's URL rules. Unset fields take the builder's defaults; the timestamp defaults to
     * {@link #clock()}'s now. Thread-safe, also while pages are being served.
     */
    public SimulatedReceipt addReceipt(SimulatedReceipt.Builder receipt) {
        SimulatedReceipt built = receipt.build(config.username, clock.instant());
        dispatcher.deliver(built);
        return built;
    }

    /** Adds a receipt for the default account, as above; {@code status} is Delivered for a 2xx code, else Undelivered. */
    public SimulatedReceipt addReceipt(String messageId, String statusCode, String statusText, String digits,
                                       String customString, Instant timestamp) {
        return addReceipt(SimulatedReceipt.builder().messageId(messageId).statusCode(statusCode)
                .statusText(statusText).digits(digits).customString(customString).timestamp(timestamp));
    }

    /**
     * Adds {@code count} receipts cut from one template, each with a new message id (the template must not set
     * one), as {@link #addReceipt(SimulatedReceipt.Builder)} does; cheap enough for 100,000 in a small heap.
     *
     * @return the receipts added, in order
     */
    public List<SimulatedReceipt> addReceipts(int count, SimulatedReceipt.Builder template) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (template.hasMessageId()) {
            throw new IllegalArgumentException("the template must not set a message id: each receipt gets its own");
        }
        Instant now = clock.instant();
        List<SimulatedReceipt> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SimulatedReceipt receipt = template.build(config.username, now);
            dispatcher.deliver(receipt);
            added.add(receipt);
        }
        return Collections.unmodifiableList(added);
    }

    /**
     * Calls {@code listener} each time {@code GET /voice/receipts} has cut a page, before answering; null removes
     * it. Cleared by {@link #reset()}.
     */
    public ClickSendSimulator onReceiptsPage(ReceiptsPageListener listener) {
        endpoints.onReceiptsPage(listener);
        return this;
    }

    /** Who answers calls and which keys they press; see {@link Callees}. */
    public Callees callees() {
        return callees;
    }

    /** The clock that stamps calls, receipts and the {@code Date} header; a test may set, freeze and advance it. */
    public SimulatorClock clock() {
        return clock;
    }

    /** Every voice delivery-receipt rule (all accounts), by id. */
    public List<ReceiptRule> receiptRules() {
        return receiptRules.all();
    }

    /**
     * Creates an enabled rule for the default account that acts on every receipt ({@code match_type} 0), named
     * after its action, e.g. {@code addReceiptRule("URL", "http://127.0.0.1:8080/hook?token=...")} or
     * {@code addReceiptRule("POLL", "poll")}.
     */
    public ReceiptRule addReceiptRule(String action, String actionAddress) {
        return addReceiptRule(config.username, "simulator " + action, ReceiptRule.MATCH_ALL, action, actionAddress,
                true);
    }

    /**
     * Creates the rule ClickSend needs before it keeps receipts for {@code GET /voice/receipts}: an enabled POLL
     * rule of the default account for every receipt, {@code action_address} {@code poll}.
     */
    public ReceiptRule addPollRule() {
        return addReceiptRule(ReceiptRule.POLL, "poll");
    }

    /** Creates a rule as {@code POST /v3/automations/voice/receipts} would; IllegalArgumentException when invalid. */
    public ReceiptRule addReceiptRule(String username, String ruleName, int matchType, String action,
                                      String actionAddress, boolean enabled) {
        ReceiptRules.Fields fields = new ReceiptRules.Fields();
        fields.ruleName = ruleName;
        fields.matchType = matchType;
        fields.action = action;
        fields.actionAddress = actionAddress;
        fields.enabled = enabled;
        try {
            return receiptRules.create(Objects.requireNonNull(username, "username"), fields);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** Every push attempt (oldest first, capped at 100,000): rule, URL, format, fields, attempt, answer. */
    public List<PushRecord> pushes() {
        return pusher.ledger();
    }

    /** Empties the push ledger (pushes under way go on). */
    public void clearPushes() {
        pusher.clearLedger();
    }

    /** Push attempts scheduled or running (0 once every push has been delivered or given up). */
    public int pendingPushes() {
        return pusher.pending();
    }

    /** Switches the format of the pushes that start from now on; see {@link Builder#pushFormat}. */
    public ClickSendSimulator pushFormat(PushFormat format) {
        switches.pushFormat = Objects.requireNonNull(format, "format");
        return this;
    }

    /** Switches the retry policy of the pushes that start from now on; see {@link Builder#pushRetry}. */
    public ClickSendSimulator pushRetry(int attempts, Duration delay) {
        switches.pushRetry = new PushRetry(attempts, delay);
        return this;
    }

    /** Switches how {@code date_before} is read from now on; see {@link Builder#dateBeforeReading}. */
    public ClickSendSimulator dateBeforeReading(DateBeforeReading reading) {
        switches.dateBeforeReading = Objects.requireNonNull(reading, "reading");
        return this;
    }

    /** Switches whether new receipts are kept for polling without a POLL rule; see {@link Builder#pollWithoutRule}. */
    public ClickSendSimulator pollWithoutRule(boolean kinder) {
        switches.pollWithoutRule = kinder;
        return this;
    }

    public FaultPlan faults() {
        return faults;
    }

    /**
     * Clears the request and push ledgers, calls, receipts, receipt rules, files, faults, rate-limit windows,
     * callee scripts and the page listener; cancels pending pushes; puts the clock and the switches back as the
     * builder set them. Accounts and contact lists stay.
     */
    public void reset() {
        ledger.clear();
        state.reset();
        receiptStore.clear();
        receiptRules.clear();
        pusher.reset();
        faults.clear();
        rateLimiter.reset();
        callees.clear();
        clock.reset();
        switches.restore();
        endpoints.onReceiptsPage(null);
    }

    /** Stops the server, its timers and every push (pending or under way). */
    @Override
    public void close() {
        server.close();
        state.close();
        pusher.close();
    }

    @Override
    public String toString() {
        return "ClickSendSimulator[" + baseUrl() + ", user " + username() + "]";
    }

    /** The name prefix of this simulator's push threads (for tests). */
    String pushThreadPrefix() {
        return pushThreadPrefix;
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
        private Clock clock = Clock.systemUTC();
        private PushFormat pushFormat = PushFormat.FORM;
        private PushRetry pushRetry = PushRetry.DEFAULT;
        private DateBeforeReading dateBeforeReading = DateBeforeReading.STRICTLY_BEFORE;
        private boolean pollWithoutRule;
        private PrintStream verbose;

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
         * The clock {@link ClickSendSimulator#clock()} starts from (default the system clock, UTC), e.g.
         * {@code Clock.fixed(...)} for stamps that never move.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How receipts are pushed to URL rules: {@link PushFormat#FORM} (default), {@code JSON} or {@code GET}. */
        public Builder pushFormat(PushFormat pushFormat) {
            this.pushFormat = Objects.requireNonNull(pushFormat, "pushFormat");
            return this;
        }

        /**
         * How often a push is tried when the receiver answers non-2xx or not at all ({@code attempts} counts the
         * first; 1 = no retry), waiting {@code delay} between attempts. Default 3 attempts, 200 ms apart.
         * ClickSend does not document its own retries.
         */
        public Builder pushRetry(int attempts, Duration delay) {
            this.pushRetry = new PushRetry(attempts, delay);
            return this;
        }

        /** How {@code PUT /voice/receipts-read} reads {@code date_before}; default {@code STRICTLY_BEFORE}. */
        public Builder dateBeforeReading(DateBeforeReading reading) {
            this.dateBeforeReading = Objects.requireNonNull(reading, "reading");
            return this;
        }

        /**
         * Kinder than ClickSend, off by default. By default, as on ClickSend, a receipt is kept for
         * {@code GET /voice/receipts} (and covered by {@code PUT /voice/receipts-read}) only when, as it is made,
         * an enabled POLL rule of its account selects it; the others are never listed, not even once a rule is
         * created. {@code true}: every receipt is kept for polling, rule or not.
         */
        public Builder pollWithoutRule(boolean kinder) {
            this.pollWithoutRule = kinder;
            return this;
        }


        /**
         * Prints one line per request to {@code out}: method, path, status and, for send/price, the number of
         * messages; never a header, a body or a credential. Default: nothing printed.
         */
        public Builder verbose(PrintStream out) {
            this.verbose = out;
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
            b.clock = clock;
            b.pushFormat = pushFormat;
            b.pushRetry = pushRetry;
            b.dateBeforeReading = dateBeforeReading;
            b.pollWithoutRule = pollWithoutRule;
            b.verbose = verbose;
            return b;
        }
    }
}
