package io.github.camelclicksend.voice;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/** A CamelContext with platform-http served by an embedded Vert.x server on a free loopback port, plus the simulator. */
abstract class WebhookTestSupport extends SimulatorTestSupport {

    static final String TOKEN = "tok-3f9a1c77e2b84d05a9e1";
    static final String PATH = "/clicksend-voice/receipts";

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    int port;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = freePort();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /** The webhook's URL with this token (none when null) and further query text. */
    String webhook(String token, String moreQuery) {
        String query = (token == null ? "" : "token=" + token) + (moreQuery == null ? "" : "&" + moreQuery);
        return url(PATH + (query.isEmpty() ? "" : "?" + query));
    }

    HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> request(String method, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String messageId, String digits) {
        return "timestamp_send=1700000000&timestamp=1700000060&message_id=" + messageId
               + "&status=Delivered&status_code=201&status_text=Success%3A+Message+received+on+handset."
               + "&error_code=&error_text=&custom_string=appt-42&user_id=1&subaccount_id=7&message_type=voice&digits="
               + digits;
    }
}
