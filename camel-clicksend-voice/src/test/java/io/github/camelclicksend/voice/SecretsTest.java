package io.github.camelclicksend.voice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API key, the username and the Basic header appear in no log, exception, URI, header or toString. */
class SecretsTest extends SimulatorTestSupport {

    private static final String SECRET_KEY = "TOP-SECRET-KEY-4711";
    private static final String SECRET_USER = "secret-user-0815";
    private static final String PROXY_PASSWORD = "proxy-pass-9999";

    private List<String> forbidden() {
        String basic = Base64.getEncoder()
                .encodeToString((SECRET_USER + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
        String simBasic = Base64.getEncoder()
                .encodeToString((SIM.username() + ":" + SIM.apiKey()).getBytes(StandardCharsets.UTF_8));
        return List.of(SECRET_KEY, SECRET_USER, basic, SIM.apiKey(), simBasic, PROXY_PASSWORD, "Basic ");
    }

    @Test
    void secretsStayOutOfLogsExceptionsUrisAndHeaders() throws Exception {
        sim().addAccount(SECRET_USER, SECRET_KEY);
        String uri = "clicksend-voice:send?username=" + SECRET_USER + "&apiKey=RAW(" + SECRET_KEY + ")"
                     + "&to=%2B61411111111";
        List<String> seen = new ArrayList<>();
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:secret").routeId("secret").to(uri);
                }
            });
            Exchange ok = send("direct:secret", "a call with secrets around");
            assertThat(ok.getException()).isNull();

            sim().faults().next(1).respond(500);
            Exchange failed = send("direct:secret", "a failing call");
            sim().faults().next(1).dropAfterProcessing();
            Exchange unknown = send("direct:secret", "an unknown outcome");
            Exchange unauthorized = send("clicksend-voice:send?username=" + SECRET_USER + "&apiKey=RAW(wrong-"
                                         + SECRET_KEY + ")&to=%2B61411111111", "refused");

            for (Exchange ex : List.of(ok, failed, unknown, unauthorized)) {
                for (Throwable t = ex.getException(); t != null; t = t.getCause()) {
                    seen.add(t.toString());
                    for (StackTraceElement el : t.getStackTrace()) {
                        seen.add(el.toString());
                    }
                }
                ex.getMessage().getHeaders().forEach((k, v) -> seen.add(k + "=" + v));
                ex.getProperties().forEach((k, v) -> seen.add(k + "=" + v));
            }
            assertThat(failed.getException()).isNotNull();
            assertThat(unknown.getException()).isNotNull();
            assertThat(unauthorized.getException()).isNotNull();

            Endpoint endpoint = context.getEndpoint(uri);
            seen.add(endpoint.toString());
            seen.add(endpoint.getEndpointUri());
            seen.add(endpoint.getEndpointBaseUri());
            seen.add(context.getRoute("secret").getEndpoint().toString());
            ClickSendVoiceEndpoint voice = (ClickSendVoiceEndpoint) endpoint;
            seen.add(voice.getConfiguration().toString());
            seen.add(voice.getClient().toString());
            seen.add(logs.text());
            assertThat(logs.size()).as("DEBUG logging was captured").isPositive();
        }

        String all = String.join("\n", seen);
        for (String secret : forbidden()) {
            assertThat(all).as("leaks " + secret).doesNotContain(secret);
        }
    }

    /** getEndpointUri() shows each credential as the mask: that URI never makes an endpoint that would send it. */
    @Test
    void aMaskedUriIsRefusedSayingWhichCredentialIsMasked() {
        Map<String, String> uris = Map.of(
                "apiKey", "clicksend-voice:send?username=" + SECRET_USER + "&apiKey=RAW(" + SECRET_KEY + ")",
                "proxyUsername", "clicksend-voice:languages?proxyHost=127.0.0.1&proxyPort=3128&proxyUsername=proxy-user"
                                 + "&proxyPassword=" + PROXY_PASSWORD,
                "webhookToken", "clicksend-voice:receipts?webhook=true&webhookToken=" + SECRET_KEY + "-0123456789");
        uris.forEach((option, uri) -> {
            String masked = context.getEndpoint(uri).getEndpointUri();
            assertThat(masked).contains(option + "=xxxxxx");
            assertThatThrownBy(() -> context.getEndpoint(masked)).as(masked)
                    .isInstanceOf(ResolveEndpointFailedException.class).cause()
                    .isInstanceOfSatisfying(ClickSendVoiceValidationException.class, e -> {
                        assertThat(e.getField()).isIn("username", option);
                        assertThat(e).hasMessageContaining("masked");
                    });
        });
        assertThat(sim().requests()).isEmpty();
    }

    @Test
    void proxyPasswordIsMaskedInTheUri() {
        Endpoint endpoint = context.getEndpoint("clicksend-voice:send?proxyHost=127.0.0.1&proxyPort=3128"
                                                + "&proxyUsername=proxy-user&proxyPassword=" + PROXY_PASSWORD);
        assertThat(endpoint.toString()).doesNotContain(PROXY_PASSWORD).doesNotContain("proxy-user");
        assertThat(((ClickSendVoiceEndpoint) endpoint).getConfiguration().toString()).doesNotContain(PROXY_PASSWORD);
    }
}
