package io.github.camelclicksend.voice.model;

/** A delivery receipt of a voice call, with the keys the callee pressed. */
public final class VoiceReceipt {

    private String messageId;
    private String status;
    private String statusCode;
    private String statusText;
    private String errorCode;
    private String errorText;
    private String customString;
    private String messageType;
    private String digits;
    private Long timestamp;
    private Long timestampSend;
    private Long subaccountId;

    VoiceReceipt() {
    }

    public String getMessageId() {
        return messageId;
    }

    /** Delivered or Undelivered where the API says so (push receipts), else null. */
    public String getStatus() {
        return status;
    }

    /** The API's status code, e.g. 201; free text. */
    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusText() {
        return statusText;
    }

    public String getErrorCode() {
        return blankToNull(errorCode);
    }

    public String getErrorText() {
        return blankToNull(errorText);
    }

    public String getCustomString() {
        return customString;
    }

    public String getMessageType() {
        return messageType;
    }

    /** The keys the callee pressed; "" when none (the API's blank string, or no field at all). */
    public String getDigits() {
        return digits == null || digits.isBlank() ? "" : digits;
    }

    /** When the receipt was made, in unix seconds. */
    public Long getTimestamp() {
        return timestamp;
    }

    /** When the call was sent, in unix seconds. */
    public Long getTimestampSend() {
        return timestampSend;
    }

    public Long getSubaccountId() {
        return subaccountId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "VoiceReceipt[messageId=" + messageId + ", statusCode=" + statusCode + ", timestamp=" + timestamp + "]";
    }
}
