package io.github.camelclicksend.voice;

import org.apache.camel.spi.Metadata;

/**
 * Header names of the ClickSend Voice component. Input headers override endpoint options for one exchange;
 * output headers describe the API's answer.
 */
public final class ClickSendVoiceConstants {

    private static final String PREFIX = "CamelClickSendVoice";

    @Metadata(label = "producer", description = "The operation to perform, overriding the one in the endpoint URI.",
              javaType = "io.github.camelclicksend.voice.ClickSendVoiceOperation",
              enums = "send,price,history,exportHistory,languages,receipts,receipt,addTestReceipt,markReceiptsRead,cancel,cancelAll,receiptRules,receiptRule,createReceiptRule,updateReceiptRule,deleteReceiptRule")
    public static final String OPERATION = PREFIX + "Operation";

    // ---- message defaults for send and price
    @Metadata(label = "producer", description = "The recipient's phone number, E.164 or local with a country.",
              javaType = "String")
    public static final String TO = PREFIX + "To";
    @Metadata(label = "producer", description = "The id of a contact list to call instead of a single number.",
              javaType = "Integer")
    public static final String LIST_ID = PREFIX + "ListId";
    @Metadata(label = "producer", description = "The voice that speaks the message.", javaType = "String",
              enums = "female,male")
    public static final String VOICE = PREFIX + "Voice";
    @Metadata(label = "producer", description = "The language code of the message, e.g. en-us.", javaType = "String")
    public static final String LANG = PREFIX + "Lang";
    @Metadata(description = "Your reference: for send and price, overrides the customString option; on receipts "
                            + "consumed, the receipt's custom string.",
              javaType = "String")
    public static final String CUSTOM_STRING = PREFIX + "CustomString";
    @Metadata(label = "producer", description = "The ISO 3166 alpha-2 country of local recipient numbers.",
              javaType = "String")
    public static final String COUNTRY = PREFIX + "Country";
    @Metadata(label = "producer", description = "Your method of sending, reported by ClickSend.", javaType = "String")
    public static final String SOURCE = PREFIX + "Source";
    @Metadata(label = "producer",
              description = "When to place the call: unix seconds, Instant, OffsetDateTime, ZonedDateTime, Date or ISO-8601 text.",
              javaType = "Object")
    public static final String SCHEDULE = PREFIX + "Schedule";
    @Metadata(label = "producer", description = "Whether the callee is asked for a keypress.", javaType = "Boolean")
    public static final String REQUIRE_INPUT = PREFIX + "RequireInput";
    @Metadata(label = "producer", description = "Whether an answering machine is detected and a message left.",
              javaType = "Boolean")
    public static final String MACHINE_DETECTION = PREFIX + "MachineDetection";

    // ---- query parameters
    @Metadata(description = "The message id: input of receipt and cancel; on receipts consumed, the receipt's message id.",
              javaType = "String")
    public static final String MESSAGE_ID = PREFIX + "MessageId";
    @Metadata(label = "producer", description = "The page to read (history, receipts).", javaType = "Integer")
    public static final String PAGE = PREFIX + "Page";
    @Metadata(label = "producer", description = "The page size, 15 to 100 (history, receipts).", javaType = "Integer")
    public static final String LIMIT = PREFIX + "Limit";
    @Metadata(label = "producer", description = "The start of the history period (any time value).", javaType = "Object")
    public static final String DATE_FROM = PREFIX + "DateFrom";
    @Metadata(label = "producer", description = "The end of the history period (any time value).", javaType = "Object")
    public static final String DATE_TO = PREFIX + "DateTo";
    @Metadata(label = "producer", description = "markReceiptsRead marks the receipts older than this time (any time value).",
              javaType = "Object")
    public static final String DATE_BEFORE = PREFIX + "DateBefore";
    @Metadata(label = "producer", description = "The URL for addTestReceipt, or poll.", javaType = "String")
    public static final String RECEIPT_URL = PREFIX + "ReceiptUrl";
    @Metadata(label = "producer",
              description = "The id of the voice receipt rule for receiptRule, updateReceiptRule and deleteReceiptRule.",
              javaType = "Long")
    public static final String RULE_ID = PREFIX + "RuleId";

    // ---- results
    @Metadata(label = "producer", description = "The HTTP status code of the last API request.", javaType = "Integer")
    public static final String HTTP_CODE = PREFIX + "HttpCode";
    @Metadata(label = "producer", description = "The API's response_code of the last API request, e.g. SUCCESS.",
              javaType = "String")
    public static final String RESPONSE_CODE = PREFIX + "ResponseCode";
    @Metadata(label = "producer", description = "The API's response_msg of the last API request.",
              javaType = "String")
    public static final String RESPONSE_MSG = PREFIX + "ResponseMsg";
    @Metadata(label = "producer", description = "The total price of the accepted calls (send, price).",
              javaType = "java.math.BigDecimal")
    public static final String TOTAL_PRICE = PREFIX + "TotalPrice";
    @Metadata(label = "producer", description = "The number of recipients the API counted (send, price).",
              javaType = "Integer")
    public static final String TOTAL_COUNT = PREFIX + "TotalCount";
    @Metadata(label = "producer", description = "The number of calls queued (send, price).", javaType = "Integer")
    public static final String QUEUED_COUNT = PREFIX + "QueuedCount";
    @Metadata(label = "producer", description = "The number of messages the API rejected (send, price).",
              javaType = "Integer")
    public static final String REJECTED_COUNT = PREFIX + "RejectedCount";
    @Metadata(label = "producer", description = "The currency code of the prices, e.g. AUD.", javaType = "String")
    public static final String CURRENCY = PREFIX + "Currency";
    @Metadata(label = "producer", description = "The message ids of the calls, in input order.",
              javaType = "java.util.List<String>")
    public static final String MESSAGE_IDS = PREFIX + "MessageIds";
    @Metadata(label = "producer",
              description = "The number of chunks the last attempt posted to the API (0 when it sent none); a chunk"
                            + " retried after a 429 counts once.",
              javaType = "Integer")
    public static final String BATCH_COUNT = PREFIX + "BatchCount";
    @Metadata(label = "producer",
              description = "send with idempotentRepository: the number of messages not posted because ClickSend's"
                            + " history shows an earlier attempt placed them (their rows are isAlreadySent()).",
              javaType = "Integer")
    public static final String ALREADY_SENT_COUNT = PREFIX + "AlreadySentCount";
    @Metadata(label = "producer", description = "receipt: whether the API had a receipt for the message id.",
              javaType = "Boolean")
    public static final String FOUND = PREFIX + "Found";

    // ---- receipts consumer
    @Metadata(label = "consumer", description = "The receipt's status code, e.g. 201.", javaType = "String")
    public static final String STATUS_CODE = PREFIX + "StatusCode";
    @Metadata(label = "consumer", description = "The receipt's status text.", javaType = "String")
    public static final String STATUS_TEXT = PREFIX + "StatusText";
    @Metadata(label = "consumer", description = "The keys the callee pressed; empty when none.", javaType = "String")
    public static final String DIGITS = PREFIX + "Digits";
    @Metadata(label = "consumer", description = "The receipt's time in unix seconds.", javaType = "Long")
    public static final String TIMESTAMP = PREFIX + "Timestamp";
    @Metadata(label = "consumer", description = "The receipt's identity, message_id:status_code:timestamp, the same whether"
            + " polled or pushed: the key for an idempotent consumer.", javaType = "String")
    public static final String RECEIPT_KEY = PREFIX + "ReceiptKey";

    private ClickSendVoiceConstants() {
    }
}
