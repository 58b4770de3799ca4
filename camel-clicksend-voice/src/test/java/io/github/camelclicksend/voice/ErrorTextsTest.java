package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.catalog.impl.AbstractCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceOutcomeUnknownException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceSendResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each error says what to change, in the words of the user who reads it: the property, header or option to set. */
class ErrorTextsTest extends SimulatorTestSupport {

    private static final String SEND = "clicksend-voice:send";

    private Exception failure(Object body, Object... headers) {
        Exchange ex = send(SEND, body, headers);
        assertThat(ex.getException()).isNotNull();
        return ex.getException();
    }

    @Test
    void aLocalNumberGetsTheRuleOfE164NotAMadeUpNumber() {
        assertThat(failure("Hello", ClickSendVoiceConstants.TO, "12345")).isInstanceOf(
                ClickSendVoiceValidationException.class).hasMessage("Invalid to of message 0: '12345' is a local "
                + "number: give it in E.164 form ('+', the country calling code, then the national number without "
                + "its leading 0), or set country (option country or header CamelClickSendVoiceCountry, an ISO 3166 "
                + "code such as AU) to have it converted. Nothing was sent.");
    }

    @Test
    void aTextWithoutRecipientNamesTheHeaderAndTheOption() {
        assertThat(failure("Your parcel arrives today.")).isInstanceOf(ClickSendVoiceValidationException.class)
                .hasMessage("Invalid to of message 0: is missing: set header CamelClickSendVoiceTo or option to (or "
                            + "listId), or send a VoiceMessage, Map or JSON with to. Nothing was sent.");
    }

    @Test
    void missingCredentialsNameThePropertyOfSpringBootQuarkusAndCamelMainAndTheOption() throws Exception {
        try (CamelContext bare = new DefaultCamelContext()) {
            ClickSendVoiceComponent component = new ClickSendVoiceComponent();
            component.getConfiguration().setBaseUrl(SIM.baseUrl());
            bare.addComponent("clicksend-voice", component);
            bare.start();

            assertThatThrownBy(() -> bare.getEndpoint("clicksend-voice:send?username=someone"))
                    .isInstanceOf(ResolveEndpointFailedException.class).cause()
                    .hasMessage("Invalid apiKey: is not set: set the property camel.component.clicksend-voice.api-key"
                                + " (Spring Boot, Quarkus, Camel Main), or option apiKey on the component or the "
                                + "endpoint. Nothing was sent.");
            assertThatThrownBy(() -> bare.getEndpoint("clicksend-voice:send"))
                    .cause().hasMessageContaining("set the property camel.component.clicksend-voice.username ")
                    .hasMessageContaining("or option username on the component or the endpoint");
        }
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aMistypedOptionGetsTheNearestOptionName() {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?volce=female"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessage("Failed to resolve endpoint: clicksend-voice://send?volce=female due to: Unknown option "
                            + "volce (did you mean voice?)");
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?recieptUrl=poll&xyzzy=1"))
                .hasMessageEndingWith("due to: Unknown options recieptUrl (did you mean receiptUrl?), xyzzy");
    }

    /** Where Camel's runtime catalog has a suggestion strategy (e.g. a tool set one), its suggestion is the one given. */
    @Test
    void theRuntimeCatalogsSuggestionComesFirstWhereItMakesOne() {
        AbstractCamelCatalog catalog = (AbstractCamelCatalog) PluginHelper.getRuntimeCamelCatalog(context);
        catalog.setSuggestionStrategy((names, unknown) -> names.contains("lang") ? new String[] {"lang"} : null);
        try {
            assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?volce=female"))
                    .hasMessageEndingWith("due to: Unknown option volce (did you mean lang?)");
        } finally {
            catalog.setSuggestionStrategy(null);
        }
    }

    @Test
    void anApiErrorAndWhatBecameOfTheMessagesAreSentencesEach() {
        Exchange ex = send(SEND + "?apiKey=wrong-key", "Hello", ClickSendVoiceConstants.TO, AU_TEST_NUMBER);

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class).hasMessage(
                "ClickSend API answered HTTP 401 UNAUTHORIZED: Authorization failed. Message 0 was not processed by "
                + "ClickSend.");
    }

    @Test
    void jacksonsSourceNotesNeverReachTheUser() {
        Exception badBody = failure("{\"to\":\"+61411111111\",\"body\":\"Hi\"");
        assertThat(badBody).hasMessage("Invalid body: starts like JSON but does not parse (Unexpected end-of-input: "
                                       + "expected close marker for Object, at line 1, column 33). Nothing was sent.");

        sim().faults().next(1).malformedJson();
        Exception badAnswer = failure("Hello", ClickSendVoiceConstants.TO, AU_TEST_NUMBER);
        assertThat(badAnswer).isInstanceOf(ClickSendVoiceOutcomeUnknownException.class);
        assertThat(badAnswer).hasMessageStartingWith("ClickSend answered 200 but the answer could not be read (not "
                                                     + "the API's JSON). Message 0 has an unknown outcome.");
        assertThat(messagesOf(badAnswer)).anyMatch(m -> m.matches("Unexpected end-of-input in field name, at line 1, "
                                                                  + "column \\d+"));

        for (Exception e : List.of(badBody, badAnswer)) {
            assertThat(messagesOf(e)).noneMatch(m -> m.contains("REDACTED") || m.contains("StreamReadFeature"));
        }
    }

    @Test
    void messagesOfTheWrongTypeIsSaidSo() {
        assertThat(failure("{\"messages\":{}}")).isInstanceOf(ClickSendVoiceValidationException.class)
                .hasMessage("Invalid body: \"messages\" must be an array of voice messages, was an object. Nothing "
                            + "was sent.");
        assertThat(failure("{\"messages\":\"+61411111111\"}")).hasMessageContaining("was a string");
    }

    @Test
    void theTotalPriceHasTheCurrencysDecimals() {
        VoiceSendResult aud = new VoiceSendResult(List.of(), new BigDecimal("175"), 2500, 2500, "AUD");
        assertThat(aud.getTotalPrice().toPlainString()).isEqualTo("175.00");
        assertThat(aud.toString()).contains("totalPrice=175.00 AUD");
        assertThat(new VoiceSendResult(List.of(), new BigDecimal("0.0700"), 1, 1, "AUD").getTotalPrice()
                .toPlainString()).isEqualTo("0.0700");
        assertThat(new VoiceSendResult(List.of(), new BigDecimal("175"), 1, 1, "JPY").getTotalPrice().toPlainString())
                .isEqualTo("175");
        assertThat(new VoiceSendResult(List.of(), new BigDecimal("175"), 1, 1, "XYZW").getTotalPrice()
                .toPlainString()).isEqualTo("175");
    }

    private static List<String> messagesOf(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
