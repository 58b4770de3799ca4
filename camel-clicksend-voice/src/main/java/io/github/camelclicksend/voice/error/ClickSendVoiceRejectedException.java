package io.github.camelclicksend.voice.error;

import java.util.stream.Collectors;

import io.github.camelclicksend.voice.model.VoiceSendResult;

/** The API accepted the request but rejected messages, which the rejection policy does not allow. */
public class ClickSendVoiceRejectedException extends ClickSendVoiceException {

    private static final int LISTED = 10;

    private final transient VoiceSendResult result;

    public ClickSendVoiceRejectedException(VoiceSendResult result, String policy) {
        super(describe(result, policy));
        this.result = result;
    }

    /** The whole result: accepted messages were sent and are not sent again on redelivery. */
    public VoiceSendResult getResult() {
        return result;
    }

    private static String describe(VoiceSendResult result, String policy) {
        String listed = result.getRejected().stream().limit(LISTED)
                .map(r -> r.getIndex() + ":" + r.getStatus()).collect(Collectors.joining(", "));
        int more = result.getRejected().size() - LISTED;
        int rejected = result.getRejected().size();
        int accepted = result.getAccepted().size();
        return rejected + " of " + result.getMessages().size() + (result.getMessages().size() == 1 ? " message" : " messages")
               + (rejected == 1 ? " was" : " were") + " rejected by ClickSend (rejectionPolicy " + policy
               + "), index:status " + listed + (more > 0 ? " and " + more + " more" : "") + "; " + accepted
               + (accepted == 1 ? " was" : " were") + " accepted and will not be sent again.";
    }
}
