package io.github.camelclicksend.voice;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camelclicksend.voice.error.ClickSendVoiceApiException;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatorTls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTPS against the simulator's self-signed certificate, trusted through sslContextParameters and refused without
 * them; plain http only to loopback unless allowPlainHttp is set.
 */
class TransportSecurityTest extends CamelTestSupport {

    private static final String TO = "to=%2B61411111111";
    private static ClickSendSimulator https;

    @BeforeAll
    static void startHttpsSimulator() {
        https = ClickSendSimulator.builder().https(SimulatorTls.serverContext()).start();
    }

    @AfterAll
    static void stopHttpsSimulator() {
        https.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ClickSendVoiceComponent component = new ClickSendVoiceComponent();
        component.getConfiguration().setBaseUrl(https.baseUrl());
        component.getConfiguration().setUsername(https.username());
        component.getConfiguration().setApiKey(https.apiKey());
        context.addComponent("clicksend-voice", component);
        context.getRegistry().bind("simulatorTls", trustingTheSimulator());
        return context;
    }

    private static SSLContextParameters trustingTheSimulator() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:" + SimulatorTls.KEYSTORE_RESOURCE);
        store.setPassword(SimulatorTls.KEYSTORE_PASSWORD);
        store.setType(SimulatorTls.KEYSTORE_TYPE);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Test
    void httpsWithTheCertificateTrustedThroughSslContextParameters() {
        assertThat(https.baseUrl()).startsWith("https://");

        Exchange ex = template.send("clicksend-voice:send?sslContextParameters=#simulatorTls&" + TO,
                e -> e.getIn().setBody("over TLS"));

        assertThat(ex.getException()).isNull();
        assertThat(https.acceptedMessages()).anySatisfy(c -> assertThat(c.body()).isEqualTo("over TLS"));
    }

    @Test
    void untrustedCertificateFailsRetrySafeBeforeAnyRequest() {
        int before = https.requests().size();

        Exchange ex = template.send("clicksend-voice:send?" + TO, e -> e.getIn().setBody("refused"));

        assertThat(ex.getException()).isInstanceOf(ClickSendVoiceApiException.class);
        var e = (ClickSendVoiceApiException) ex.getException();
        assertThat(e.getHttpCode()).isZero();
        assertThat(e.getResponseCode()).isEqualTo(ClickSendVoiceApiException.CONNECTION_FAILED);
        assertThat(e.isRetrySafe()).isTrue();
        assertThat(e.getNotSentIndexes()).containsExactly(0);
        assertThat(https.requests()).hasSize(before);
    }

    @Test
    void endpointsSharingSslContextParametersShareOneHttpClient() throws Exception {
        ClickSendVoiceComponent component = context.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        for (int i = 0; i < 3; i++) {
            String uri = "clicksend-voice:send?sslContextParameters=#simulatorTls&to=%2B6141111111" + i;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:tls").routeId("tls").to(uri);
                }
            });
            assertThat(template.send("direct:tls", e -> e.getIn().setBody("once more")).getException()).isNull();
            context.getRouteController().stopRoute("tls");
            context.removeRoute("tls");
        }
        assertThat(component.transports()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://127.0.0.1:1/v3", "http://localhost:1/v3", "http://[::1]:1/v3", "HTTP://127.0.0.2:1/v3" })
    void plainHttpToLoopbackIsAllowed(String baseUrl) {
        assertThat(context.getEndpoint("clicksend-voice:send?baseUrl=" + baseUrl)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://example.com/v3", "http://localhost.example.com/v3", "http://127.0.0.1.nip.io/v3",
                             "http://10.0.0.1/v3" })
    void plainHttpElsewhereIsRefusedUnlessAllowed(String baseUrl) {
        assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:send?baseUrl=" + baseUrl))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().isInstanceOf(ClickSendVoiceValidationException.class)
                .satisfies(e -> assertThat(((ClickSendVoiceValidationException) e).getField()).isEqualTo("baseUrl"));
        assertThat(context.getEndpoint("clicksend-voice:send?allowPlainHttp=true&baseUrl=" + baseUrl)).isNotNull();
    }
}
