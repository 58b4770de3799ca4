package io.github.camelclicksend.voice.simulator;

import static io.github.camelclicksend.voice.simulator.Api.call;
import static io.github.camelclicksend.voice.simulator.Api.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP/1.1 layer, spoken by hand over a socket. */
class HttpServerTest {

    @RegisterExtension
    static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();

    /** Status, lower-case headers and body of one raw response. */
    record Raw(int status, Map<String, String> headers, String body) {
    }

    private Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", SIM.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private String auth() {
        return "Authorization: " + Api.basic(SIM.username(), SIM.apiKey()) + "\r\n";
    }

    private static Raw read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        String line;
        while (!(line = line(in)).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Raw(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("EOF");
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Test
    void keepsTheConnectionAliveBetweenRequests() throws IOException {
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "GET /v3/voice/lang HTTP/1.1\r\nHost: x\r\n" + auth() + "\r\n");
            Raw first = read(in);
            write(socket.getOutputStream(), "GET /v3/voice/receipts HTTP/1.1\r\nHost: x\r\n" + auth() + "\r\n");
            Raw second = read(in);

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.headers()).containsEntry("connection", "keep-alive");
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).contains("delivery receipts");
        }
    }

    @Test
    void readsChunkedBodiesAndAnswersExpectContinue() throws IOException {
        String json = messages(call("+61411111111", "chunked"));
        String half1 = json.substring(0, 10);
        String half2 = json.substring(10);
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "POST /v3/voice/send HTTP/1.1\r\nHost: x\r\n" + auth()
                    + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\nContent-Type: application/json\r\n\r\n");
            assertThat(line(in)).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(line(in)).isEmpty();
            write(socket.getOutputStream(), Integer.toHexString(half1.length()) + "\r\n" + half1 + "\r\n"
                    + Integer.toHexString(half2.getBytes(StandardCharsets.UTF_8).length) + ";ext=1\r\n" + half2
                    + "\r\n0\r\n\r\n");
            Raw response = read(in);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains("\"queued_count\":1");
        }
        assertThat(SIM.acceptedMessages()).extracting(SimulatedCall::body).containsExactly("chunked");
        assertThat(SIM.requests().get(0).body()).isEqualTo(json);
    }

    @Test
    void closesWhenTheClientAsksOrSpeaksHttp10() throws IOException {
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "GET /v3/voice/lang HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth() + "\r\n");
            Raw response = read(in);

            assertThat(response.headers()).containsEntry("connection", "close");
            assertThat(in.read()).isEqualTo(-1);
        }
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "GET /v3/voice/lang HTTP/1.0\r\n" + auth() + "\r\n");

            assertThat(read(in).status()).isEqualTo(200);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void answersGarbageWith400AndCloses() throws IOException {
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "THIS IS NOT HTTP\r\n\r\n");
            Raw response = read(in);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("BAD_REQUEST");
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void acceptsAbsoluteFormTargetsAndTrailingSlashes() throws IOException {
        try (Socket socket = open()) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            write(socket.getOutputStream(), "GET " + SIM.baseUrl() + "/voice/lang/ HTTP/1.1\r\nHost: x\r\n" + auth() + "\r\n");

            assertThat(read(in).status()).isEqualTo(200);
        }
        assertThat(SIM.requests().get(0).path()).isEqualTo("/v3/voice/lang");
    }
}
