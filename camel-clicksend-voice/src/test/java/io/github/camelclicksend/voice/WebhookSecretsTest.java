package io.github.camelclicksend.voice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook token appears in no log line (DEBUG, every logger), exception, endpoint URI, header or toString. */
class WebhookSecretsTest extends WebhookTestSupport {

    private static final String SECRET = "Wh-S3cret+Token/With=Signs-7781";
    private static final String ENCODED = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);

    @Test
    void theTokenStaysOutOfLogsExceptionsUrisAndHeaders() throws Exception {
        List<String> seen = new ArrayList<>();
        String uri = "clicksend-voice:receipts?webhook=true&webhookAutoUnregister=true&webhookToken=RAW(" + SECRET
                     + ")&webhookExternalUrl=" + url("");
        try (LogCapture logs = new LogCapture(Level.DEBUG)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("push").process(e -> {
                        if ("FAIL".equals(e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID))) {
                            throw new IllegalStateException("route failed");
                        }
                    }).to("mock:pushed");
                }
            });
            MockEndpoint pushed = getMockEndpoint("mock:pushed");
            pushed.expectedMessageCount(2);
            assertThat(post(webhook(ENCODED, null), "application/x-www-form-urlencoded", form("OK-1", "1")).statusCode())
                    .isEqualTo(200);
            assertThat(request("GET", webhook(ENCODED, "message_id=OK-2")).statusCode()).isEqualTo(200);
            assertThat(post(webhook(ENCODED, null), "application/x-www-form-urlencoded", form("FAIL", "1"))
                    .statusCode()).isEqualTo(500);
            assertThat(post(webhook(ENCODED + "x", null), "application/json", "{\"message_id\":\"X\"}").statusCode())
                    .isEqualTo(401);
            HttpAnswers.addTo(seen, request("DELETE", webhook(ENCODED, null)));
            pushed.assertIsSatisfied();
            for (Exchange ex : pushed.getReceivedExchanges()) {
                ex.getMessage().getHeaders().forEach((k, v) -> seen.add(k + "=" + v));
                ex.getProperties().forEach((k, v) -> seen.add(k + "=" + v));
                seen.add(String.valueOf(ex.getFromEndpoint()));
            }
            Endpoint endpoint = context.getRoute("push").getEndpoint();
            seen.add(endpoint.toString());
            seen.add(endpoint.getEndpointUri());
            seen.add(endpoint.getEndpointBaseUri());
            seen.add(((ClickSendVoiceEndpoint) endpoint).getConfiguration().toString());
            seen.add(context.getRoute("push").toString());
            seen.add(sim().receiptRules().get(0).toString());
            context.getRouteController().stopRoute("push");
            seen.add(logs.text());
            assertThat(logs.text()).contains("Created voice receipt rule").contains("Deleted voice receipt rule");
        }

        String all = String.join("\n", seen);
        assertThat(all).doesNotContain(SECRET).doesNotContain(ENCODED);
        assertThat(sim().requests("POST", "/v3/automations/voice/receipts").get(0).body()).contains(ENCODED);
    }

    /** What an HTTP answer shows a caller: its headers and body. */
    private static final class HttpAnswers {
        static void addTo(List<String> seen, java.net.http.HttpResponse<String> answer) {
            assertThat(answer.statusCode()).isEqualTo(405);
            seen.add(answer.headers().map().toString());
            seen.add(answer.body());
        }
    }
}
