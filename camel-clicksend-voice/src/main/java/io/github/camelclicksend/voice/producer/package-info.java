/**
 * The producer's work, behind {@code ClickSendVoiceProducer}: {@code SendOperation} (send and price: chunks, their
 * progress across redeliveries in {@code SendProgress}, answer rows matched to messages by {@code AnswerRows}, the
 * merged result and its headers in {@code ResultHeaders}), placing each call once with an idempotent repository
 * ({@code IdempotentCalls}, {@code HistoryLookup}, {@code InFlightCalls}), {@code ApiOperations} (every other
 * operation, with the query values of {@code ExchangeValues}) and the producer's health check. Private to the bundle.
 */
package io.github.camelclicksend.voice.producer;
