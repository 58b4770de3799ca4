/**
 * The producer's work, behind {@code ClickSendVoiceProducer}: {@code SendOperation} (send and price: chunks, their
 * progress across redeliveries in {@code SendProgress}, the merged result), {@code ApiOperations} (every other
 * operation, with the query values of {@code ExchangeValues}) and the producer's health check. Private to the bundle.
 */
package io.github.camelclicksend.voice.producer;
