/**
 * What the two receipt consumers of the root package, the polling one and {@code ClickSendVoiceWebhookConsumer},
 * share or need: the exchange of one receipt ({@code ReceiptExchanges}), one pushed
 * HTTP request ({@code WebhookRequest}) and the receipt rule a webhook registers ({@code WebhookRegistration}).
 * Private to the bundle.
 */
package io.github.camelclicksend.voice.consumer;
