package io.github.camelclicksend.voice.producer;

import org.apache.camel.Message;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.model.VoiceMessageResult;
import io.github.camelclicksend.voice.model.VoiceSendResult;

/** Writes the status of the last API request, and the totals of a send or price result, onto the message. */
final class ResultHeaders {

    private ResultHeaders() {
    }

    static void status(Message message, ApiResponse<?> response) {
        message.setHeader(ClickSendVoiceConstants.HTTP_CODE, response.httpCode());
        message.setHeader(ClickSendVoiceConstants.RESPONSE_CODE, response.responseCode());
        message.setHeader(ClickSendVoiceConstants.RESPONSE_MSG, response.responseMsg());
    }

    static void status(Message message, Throwable failure) {
        if (failure instanceof ClickSendVoiceApiException api) {
            message.setHeader(ClickSendVoiceConstants.HTTP_CODE, api.getHttpCode());
            message.setHeader(ClickSendVoiceConstants.RESPONSE_CODE, api.getResponseCode());
            message.setHeader(ClickSendVoiceConstants.RESPONSE_MSG, api.getResponseMsg());
        }
    }

    static void result(Message out, VoiceSendResult result) {
        out.setHeader(ClickSendVoiceConstants.TOTAL_PRICE, result.getTotalPrice());
        out.setHeader(ClickSendVoiceConstants.TOTAL_COUNT, result.getTotalCount());
        out.setHeader(ClickSendVoiceConstants.QUEUED_COUNT, result.getQueuedCount());
        out.setHeader(ClickSendVoiceConstants.REJECTED_COUNT, result.getRejected().size());
        out.setHeader(ClickSendVoiceConstants.ALREADY_SENT_COUNT, result.getAlreadySentCount());
        out.setHeader(ClickSendVoiceConstants.CURRENCY, result.getCurrency());
        out.setHeader(ClickSendVoiceConstants.MESSAGE_IDS,
                result.getMessages().stream().map(VoiceMessageResult::getMessageId).toList());
    }
}
