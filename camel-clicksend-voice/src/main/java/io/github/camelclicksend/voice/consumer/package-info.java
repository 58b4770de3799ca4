/**
 * What the two receipt consumers of the root package, the polling one and {@code ClickSendVoiceWebhookConsumer},
 * share or need: the exchange of one receipt ({@code ReceiptExchanges}), the POLL rule polling needs
 * ({@code PollRule}), the receipts a poll handed over and not yet saw marked read ({@code HandedOverReceipts}), one
 * pushed HTTP request ({@code WebhookRequest}), the receipt rule a webhook registers ({@code WebhookRegistration}),
 * and the rule search both use ({@code ReceiptRuleSearch}). Private to the bundle.
 */
package io.github.camelclicksend.voice.consumer;
