package io.github.camelclicksend.voice.simulator;

/**
 * The behaviour switches a test may flip on a running simulator; {@link #restore()} puts back the builder's
 * values (on {@link ClickSendSimulator#reset()}).
 */
final class Switches {

    private final PushFormat initialPushFormat;
    private final PushRetry initialPushRetry;
    private final DateBeforeReading initialDateBeforeReading;
    private final boolean initialPollWithoutRule;

    volatile PushFormat pushFormat;
    volatile PushRetry pushRetry;
    volatile DateBeforeReading dateBeforeReading;
    volatile boolean pollWithoutRule;

    Switches(PushFormat pushFormat, PushRetry pushRetry, DateBeforeReading dateBeforeReading,
             boolean pollWithoutRule) {
        this.initialPushFormat = pushFormat;
        this.initialPushRetry = pushRetry;
        this.initialDateBeforeReading = dateBeforeReading;
        this.initialPollWithoutRule = pollWithoutRule;
        restore();
    }

    void restore() {
        pushFormat = initialPushFormat;
        pushRetry = initialPushRetry;
        dateBeforeReading = initialDateBeforeReading;
        pollWithoutRule = initialPollWithoutRule;
    }
}
