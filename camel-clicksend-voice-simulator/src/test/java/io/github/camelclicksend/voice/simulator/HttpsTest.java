package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.camelclicksend.voice.simulator.Api.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class HttpsTest {

    /** The test's own self-signed keystore (src/test/resources/test-tls.p12, password changeit). */
    private static KeyStore testKeyStore() throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = HttpsTest.class.getResourceAsStream("/test-tls.p12")) {
            keyStore.load(in, "changeit".toCharArray());
        }
        return keyStore;
    }

    @Test
    void servesHttpsWithAnyServerSslContext() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(testKeyStore(), "changeit".toCharArray());
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(testKeyStore());
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);

        try (ClickSendSimulator sim = ClickSendSimulator.builder().https(server).build().start()) {
            assertThat(sim.baseUrl()).isEqualTo("https://127.0.0.1:" + sim.port() + "/v3");
            Api api = new Api(sim.baseUrl(), sim.username(), sim.apiKey(), client);

            Reply sent = api.post("/voice/send", messages(call("+61411111111", "secure")));
            Reply export = api.get("/voice/history/export?filename=x.csv");

            assertThat(sent.status()).isEqualTo(200);
            assertThat(sim.acceptedMessages()).hasSize(1);
            assertThat(export.data().get("url").asText()).startsWith("https://127.0.0.1:" + sim.port() + "/files/");
            assertThat(api.get(export.data().get("url").asText()).body()).contains("secure");
        }
    }

    @Test
    void shippedCertificateWorksWithItsClientContextAndIsRejectedOtherwise() {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().https(ClickSendSimulator.selfSignedTls()).start()) {
            Api trusting = new Api(sim.baseUrl(), sim.username(), sim.apiKey(), SimulatorTls.clientContext());
            Api defaultTrust = new Api(sim.baseUrl(), sim.username(), sim.apiKey(), null);

            assertThat(trusting.get("/voice/lang").status()).isEqualTo(200);
            assertThatThrownBy(() -> defaultTrust.sendOrThrow("GET", "/voice/lang", null))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void faultsStillDropTlsConnections() {
        try (ClickSendSimulator sim = ClickSendSimulator.builder().https(ClickSendSimulator.selfSignedTls()).start()) {
            Api api = new Api(sim.baseUrl(), sim.username(), sim.apiKey(), SimulatorTls.clientContext());
            sim.faults().next(1).dropAfterProcessing();

            assertThatThrownBy(() -> api.sendOrThrow("POST", "/voice/send", messages(call("+61411111111", "x"))))
                    .isInstanceOf(IOException.class);
            assertThat(sim.acceptedMessages()).hasSize(1);
        }
    }
}
