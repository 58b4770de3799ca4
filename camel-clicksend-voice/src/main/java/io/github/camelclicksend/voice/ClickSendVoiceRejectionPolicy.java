package io.github.camelclicksend.voice;

/** What the producer does when the API accepts a request but rejects some of its messages. */
public enum ClickSendVoiceRejectionPolicy {
    /** Fail the exchange when any message was rejected. */
    FAIL,
    /** Fail the exchange only when every message was rejected. */
    FAIL_IF_ALL,
    /** Never fail on rejections; the result lists them. */
    IGNORE
}
