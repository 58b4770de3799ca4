package io.github.camelclicksend.voice.error;

import java.util.List;

/** The API answered with an error, or could not be reached. */
public class ClickSendVoiceApiException extends ClickSendVoiceException {

    /** The response code used when no connection could be made. */
    public static final String CONNECTION_FAILED = "CONNECTION_FAILED";

    private final int httpCode;
    private final String responseCode;
    private final String responseMsg;
    private final boolean retrySafe;
    private final List<Integer> notSentIndexes;

    public ClickSendVoiceApiException(int httpCode, String responseCode, String responseMsg, Throwable cause) {
        this(httpCode, responseCode, responseMsg, cause, List.of(), null);
    }

    private ClickSendVoiceApiException(int httpCode, String responseCode, String responseMsg, Throwable cause,
                                       List<Integer> notSentIndexes, String context) {
        super(describe(httpCode, responseCode, responseMsg, context), cause);
        this.httpCode = httpCode;
        this.responseCode = responseCode;
        this.responseMsg = responseMsg;
        this.retrySafe = isRetrySafe(httpCode);
        this.notSentIndexes = List.copyOf(notSentIndexes);
    }

    /** The same error, naming which messages of the exchange were not sent. */
    public ClickSendVoiceApiException withNotSent(List<Integer> indexes, String context) {
        return new ClickSendVoiceApiException(httpCode, responseCode, responseMsg, getCause(), indexes, context);
    }

    /** The HTTP status, or 0 when no connection could be made. */
    public int getHttpCode() {
        return httpCode;
    }

    /** The API's response_code, e.g. BAD_REQUEST, or {@link #CONNECTION_FAILED}. */
    public String getResponseCode() {
        return responseCode;
    }

    public String getResponseMsg() {
        return responseMsg;
    }

    /**
     * True when the request provably was not processed (429, 503, or no connection), so sending it again cannot
     * place a call twice.
     */
    public boolean isRetrySafe() {
        return retrySafe;
    }

    /**
     * True when the API may have processed the request although it answered an error: a 5xx other than 503 (500,
     * 502, 504, or a proxy's 52x). Other 4xx mean the API refused the request and processed nothing.
     */
    public boolean isOutcomeUnknown() {
        return httpCode >= 500 && httpCode != 503;
    }

    /** The indexes of the exchange's messages that were not sent because of this error (send and price). */
    public List<Integer> getNotSentIndexes() {
        return notSentIndexes;
    }

    static boolean isRetrySafe(int httpCode) {
        return httpCode == 0 || httpCode == 429 || httpCode == 503;
    }

    private static String describe(int httpCode, String responseCode, String responseMsg, String context) {
        String head = httpCode == 0
                ? "ClickSend API could not be reached (" + responseCode + "): " + responseMsg
                : "ClickSend API answered HTTP " + httpCode + " " + responseCode + ": " + responseMsg;
        return context == null ? head : head + (head.endsWith(".") ? " " : ". ") + context;
    }
}
