package io.github.camelclicksend.voice;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.consumer.WebhookRequest;
import io.github.camelclicksend.voice.error.ClickSendVoiceValidationException;
import io.github.camelclicksend.voice.model.VoiceReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** from("clicksend-voice:receipts?webhook=true"): pushed receipts over real HTTP, every answer of DESIGN 3.6. */
class WebhookConsumerTest extends WebhookTestSupport {

    private final AtomicBoolean failRoute = new AtomicBoolean();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")").routeId("push")
                        .process(e -> {
                            if (failRoute.get()) {
                                throw new IllegalStateException("the appointment system is down");
                            }
                        })
                        .to("mock:pushed");
            }
        };
    }

    private MockEndpoint pushed() {
        return getMockEndpoint("mock:pushed");
    }

    @Test
    void aFormPostReachesTheRouteAndIsAnswered200() throws Exception {
        pushed().expectedMessageCount(1);

        HttpResponse<String> answer = post(webhook(TOKEN, null), "application/x-www-form-urlencoded",
                form("F1A2B3C4-0000-4000-8000-000000000001", "2"));

        assertThat(answer.statusCode()).isEqualTo(200);
        pushed().assertIsSatisfied();
        VoiceReceipt receipt = pushed().getReceivedExchanges().get(0).getIn().getBody(VoiceReceipt.class);
        assertThat(receipt.getMessageId()).isEqualTo("F1A2B3C4-0000-4000-8000-000000000001");
        assertThat(receipt.getStatusCode()).isEqualTo("201");
        assertThat(receipt.getStatusText()).isEqualTo("Success: Message received on handset.");
        assertThat(receipt.getDigits()).isEqualTo("2");
        assertThat(receipt.getCustomString()).isEqualTo("appt-42");
        assertThat(receipt.getTimestamp()).isEqualTo(1700000060L);
        assertThat(receipt.getTimestampSend()).isEqualTo(1700000000L);
        assertThat(receipt.getErrorCode()).isNull();
        ClickSendVoiceEndpoint endpoint = (ClickSendVoiceEndpoint) context.getRoute("push").getEndpoint();
        assertThat(endpoint.getStatistics().get(ClickSendVoiceCounter.RECEIPTS_RECEIVED)).isEqualTo(1);
    }

    @Test
    void jsonAndGetBodiesReachTheRouteToo() throws Exception {
        pushed().expectedBodiesReceivedInAnyOrder();
        String json = "{\"timestamp_send\":\"1700000000\",\"timestamp\":1700000061,\"message_id\":\"JSON-1\","
                      + "\"status_code\":\"201\",\"status_text\":\"Success\",\"custom_string\":null,\"digits\":1}";

        assertThat(post(webhook(TOKEN, null), "application/json; charset=utf-8", json).statusCode()).isEqualTo(200);
        assertThat(request("GET", webhook(TOKEN, "message_id=GET-1&status_code=301&timestamp=1700000062&digits="))
                .statusCode()).isEqualTo(200);

        List<Exchange> got = pushed().getReceivedExchanges();
        assertThat(got).hasSize(2);
        VoiceReceipt fromJson = got.get(0).getIn().getBody(VoiceReceipt.class);
        assertThat(fromJson.getMessageId()).isEqualTo("JSON-1");
        assertThat(fromJson.getDigits()).isEqualTo("1");
        assertThat(fromJson.getTimestamp()).isEqualTo(1700000061L);
        assertThat(fromJson.getCustomString()).isNull();
        VoiceReceipt fromGet = got.get(1).getIn().getBody(VoiceReceipt.class);
        assertThat(fromGet.getMessageId()).isEqualTo("GET-1");
        assertThat(fromGet.getStatusCode()).isEqualTo("301");
        assertThat(fromGet.getDigits()).isEmpty();
        assertThat(got.get(1).getIn().getHeader(ClickSendVoiceConstants.DIGITS)).isEqualTo("");
    }

    @Test
    void aPushedReceiptHasTheBodyAndHeadersOfAPolledOne() throws Exception {
        Instant at = Instant.ofEpochSecond(1700000060);
        sim().addPollRule(); // the account keeps receipts for polling, as ClickSend does only with a POLL rule
        sim().addReceipt("F1A2B3C4-0000-4000-8000-000000000001", "201", "Success: Message received on handset.",
                "2", "appt-42", at);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?markAsRead=false&repeatCount=1&initialDelay=0").to("mock:polled");
            }
        });
        getMockEndpoint("mock:polled").expectedMessageCount(1);
        getMockEndpoint("mock:polled").assertIsSatisfied();
        post(webhook(TOKEN, null), "application/x-www-form-urlencoded",
                form("F1A2B3C4-0000-4000-8000-000000000001", "2"));
        pushed().expectedMessageCount(1);
        pushed().assertIsSatisfied();

        Exchange polled = getMockEndpoint("mock:polled").getReceivedExchanges().get(0);
        Exchange push = pushed().getReceivedExchanges().get(0);
        assertThat(push.getIn().getHeaders()).isEqualTo(polled.getIn().getHeaders());
        VoiceReceipt a = polled.getIn().getBody(VoiceReceipt.class);
        VoiceReceipt b = push.getIn().getBody(VoiceReceipt.class);
        assertThat(List.of(b.getMessageId(), b.getStatusCode(), b.getStatusText(), b.getDigits(), b.getCustomString(),
                b.getTimestamp())).isEqualTo(List.of(a.getMessageId(), a.getStatusCode(), a.getStatusText(),
                        a.getDigits(), a.getCustomString(), a.getTimestamp()));
        assertThat(push.getIn().getHeaders().keySet()).containsExactlyInAnyOrder(ClickSendVoiceConstants.MESSAGE_ID,
                ClickSendVoiceConstants.STATUS_CODE, ClickSendVoiceConstants.STATUS_TEXT, ClickSendVoiceConstants.DIGITS,
                ClickSendVoiceConstants.CUSTOM_STRING, ClickSendVoiceConstants.TIMESTAMP, ClickSendVoiceConstants.RECEIPT_KEY);
        assertThat(push.getIn().getHeader(ClickSendVoiceConstants.RECEIPT_KEY)).isEqualTo(
                a.getMessageId() + ":" + a.getStatusCode() + ":" + a.getTimestamp());
    }

    @Test
    void aWrongOrMissingTokenIsAnswered401AndNeverReachesTheRoute() throws Exception {
        String body = form("TOKEN-TEST", "1");
        assertThat(post(webhook(null, null), "application/x-www-form-urlencoded", body).statusCode()).isEqualTo(401);
        assertThat(post(webhook(TOKEN + "x", null), "application/x-www-form-urlencoded", body).statusCode())
                .isEqualTo(401);
        assertThat(post(webhook(TOKEN.substring(1), null), "application/x-www-form-urlencoded", body).statusCode())
                .isEqualTo(401);
        assertThat(request("GET", webhook("", "message_id=X")).statusCode()).isEqualTo(401);
        assertThat(pushed().getReceivedCounter()).isZero();
    }

    @Test
    void otherMethodsAreAnswered405() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = request(method, webhook(TOKEN, "message_id=X"));
            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).contains("GET, POST");
        }
        assertThat(pushed().getReceivedCounter()).isZero();
    }

    @Test
    void aBodyOver64KibIsAnswered413() throws Exception {
        // fields of 4 KB each: Vert.x itself answers 400 to a single form field over 8 KiB
        String big = form("BIG-1", "1") + IntStream.range(0, 17).mapToObj(i -> "&pad" + i + "=" + "x".repeat(4096))
                .collect(Collectors.joining());
        String json = "{\"message_id\":\"BIG-2\",\"padding\":\"" + "y".repeat(WebhookRequest.MAX_BODY_BYTES) + "\"}";

        assertThat(post(webhook(TOKEN, null), "application/x-www-form-urlencoded", big).statusCode()).isEqualTo(413);
        assertThat(post(webhook(TOKEN, null), "application/json", json).statusCode()).isEqualTo(413);
        assertThat(pushed().getReceivedCounter()).isZero();
    }

    @Test
    void whatIsNotAReceiptIsAnswered400() throws Exception {
        assertThat(post(webhook(TOKEN, null), "application/json", "{\"message_id\": ").statusCode()).isEqualTo(400);
        assertThat(post(webhook(TOKEN, null), "application/json", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(post(webhook(TOKEN, null), "application/json", "{\"status_code\":\"201\"}").statusCode())
                .isEqualTo(400);
        assertThat(post(webhook(TOKEN, null), "application/x-www-form-urlencoded", "status_code=201&digits=1")
                .statusCode()).isEqualTo(400);
        assertThat(post(webhook(TOKEN, null), "application/x-www-form-urlencoded", "message_id=%zz").statusCode())
                .isEqualTo(400);
        assertThat(post(webhook(TOKEN, null), "application/json", "{\"message_id\":\"A\",\"timestamp\":\"soon\"}")
                .statusCode()).isEqualTo(400);
        assertThat(request("GET", webhook(TOKEN, null)).statusCode()).isEqualTo(400);
        assertThat(pushed().getReceivedCounter()).isZero();
    }

    @Test
    void aRouteFailureIsAnswered500SoThatClickSendMayPushAgain() throws Exception {
        failRoute.set(true);
        HttpResponse<String> answer = post(webhook(TOKEN, null), "application/x-www-form-urlencoded",
                form("FAIL-1", "1"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain("appointment system").doesNotContain("Exception");

        failRoute.set(false);
        pushed().expectedMessageCount(1);
        assertThat(post(webhook(TOKEN, null), "application/x-www-form-urlencoded", form("FAIL-1", "1")).statusCode())
                .isEqualTo(200);
        pushed().assertIsSatisfied();
    }

    @Test
    void addTestReceiptPushesToTheWebhook() throws Exception {
        pushed().expectedMessageCount(1);

        template.sendBody("clicksend-voice:addTestReceipt", webhook(TOKEN, null));

        pushed().assertIsSatisfied(Duration.ofSeconds(10).toMillis());
        assertThat(pushed().getReceivedExchanges().get(0).getIn().getBody(VoiceReceipt.class).getDigits())
                .isEqualTo("2");
    }

    @Test
    void aShortOrMissingTokenFailsTheEndpointNamingWebhookToken() {
        for (String uri : List.of("clicksend-voice:receipts?webhook=true",
                "clicksend-voice:receipts?webhook=true&webhookToken=short-secret-15")) {
            assertThatThrownBy(() -> context.getEndpoint(uri))
                    .hasRootCauseInstanceOf(ClickSendVoiceValidationException.class)
                    .rootCause().satisfies(e -> assertThat(((ClickSendVoiceValidationException) e).getField())
                            .isEqualTo("webhookToken"))
                    .hasMessageNotContaining("short-secret-15");
        }
    }

    @Test
    void withoutAPlatformHttpComponentTheRouteDoesNotStartAndSaysWhatIsMissing() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("clicksend-voice:receipts?webhook=true&webhookToken=RAW(" + TOKEN + ")"
                     + "&webhookPath=/other&webhookComponentName=no-such-http").to("mock:never");
            }
        })).isInstanceOf(IllegalStateException.class)
                .hasStackTraceContaining("webhookComponentName").hasStackTraceContaining("no-such-http");
    }

    @Test
    void aTokenInAHeaderOrAFormFieldIsNotAcceptedOnlyInTheQueryString() throws Exception {
        String body = form("TOKEN-PLACES", "1");
        java.net.http.HttpResponse<String> inHeader = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(webhook(null, null))).header("token", TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(inHeader.statusCode()).isEqualTo(401);
        assertThat(post(webhook(null, null), "application/x-www-form-urlencoded", body + "&token=" + TOKEN)
                .statusCode()).isEqualTo(401);
        assertThat(post(webhook(null, null), "application/json", "{\"message_id\":\"J\",\"token\":\"" + TOKEN
                                                               + "\"}").statusCode()).isEqualTo(401);
        assertThat(pushed().getReceivedCounter()).isZero();
        assertThat(post(webhook(TOKEN, null), "application/x-www-form-urlencoded", body).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatCannotBeReadIsAnswered400() throws Exception {
        ClickSendVoiceWebhookConsumer consumer = (ClickSendVoiceWebhookConsumer) context.getRoute("push").getConsumer();
        org.apache.camel.Exchange request = new org.apache.camel.support.DefaultExchange(context);
        request.getIn().setHeader(org.apache.camel.Exchange.HTTP_METHOD, "POST");
        request.getIn().setHeader(org.apache.camel.Exchange.HTTP_QUERY, "token=" + TOKEN);
        // what an engine hands over when the client went away mid-body
        request.getIn().setBody(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("Connection reset by peer");
            }
        });
        consumer.handle(request);

        assertThat(request.getMessage().getHeader(org.apache.camel.Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(pushed().getReceivedCounter()).isZero();
    }

    @Test
    void aSchedulerOptionOnAWebhookEndpointFailsNamingIt() {
        for (String option : List.of("delay=1000", "initialDelay=0", "greedy=true", "scheduler.foo=bar",
                "backoffMultiplier=2", "repeatCount=1")) {
            String name = option.substring(0, option.indexOf('='));
            assertThatThrownBy(() -> context.getEndpoint("clicksend-voice:receipts?webhook=true&webhookToken=RAW("
                                                         + TOKEN + ")&webhookPath=/p2&" + option))
                    .as(option).hasRootCauseInstanceOf(ClickSendVoiceValidationException.class)
                    .rootCause().satisfies(e -> assertThat(((ClickSendVoiceValidationException) e).getField())
                            .isEqualTo(name));
        }
        assertThat(context.getEndpoint("clicksend-voice:receipts?delay=1000")).isNotNull();
    }
}
