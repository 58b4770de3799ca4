package io.github.camelclicksend.voice.producer;

import org.apache.camel.Message;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.client.ApiResponse;
import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;

/** Writes the status of the last API request onto the message. */
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
}
