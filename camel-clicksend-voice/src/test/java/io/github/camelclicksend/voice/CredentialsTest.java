package io.github.camelclicksend.voice;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without credentials an endpoint is refused when it is created, naming the missing option, and no request is made;
 * a host that cannot be reached is named in the error.
 */
class CredentialsTest extends SimulatorTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ClickSendVoiceComponent component = context.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        component.getConfiguration().setUsername(null);
        component.getConfiguration().setApiKey(null);
        return context;
    }

    @Test
    void noUsernameRefusesTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?apiKey=" + SIM.apiKey()))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .cause().isInstanceOfSatisfying(ClickSendVoiceValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("username");
                    assertThat(e.getIndex()).isNull();
                    assertThat(e).hasMessageContaining("username").hasMessageNotContaining(SIM.apiKey());
                });
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void noApiKeyRefusesTheEndpointNamingTheOption() {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:languages?username=" + SIM.username()))
                .cause().isInstanceOfSatisfying(ClickSendVoiceValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("apiKey"));
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:languages?username=" + SIM.username()
                                                    + "&apiKey=%20"))
                .cause().isInstanceOfSatisfying(ClickSendVoiceValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("apiKey"));
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void aRouteToAnEndpointWithoutCredentialsDoesNotStart() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts").to("mock:receipts");
            }
        })).isInstanceOf(FailedToCreateRouteException.class).hasRootCauseInstanceOf(
                ClickSendVoiceValidationException.class).hasMessageContaining("username");
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void anUnknownHostIsNamedWithItsPort() {
        Exchange ex = send("clicksend-voice:languages?username=u&apiKey=k&baseUrl=https://no-such-host.invalid/v3",
                null);

        assertThat(ex.getException()).isInstanceOfSatisfying(ClickSendVoiceApiException.class, e -> {
            assertThat(e.getResponseCode()).isEqualTo(ClickSendVoiceApiException.CONNECTION_FAILED);
            assertThat(e.isRetrySafe()).isTrue();
            assertThat(e).hasMessageContaining("no-such-host.invalid:443").hasMessageContaining("UnknownHostException");
        });
    }
}
