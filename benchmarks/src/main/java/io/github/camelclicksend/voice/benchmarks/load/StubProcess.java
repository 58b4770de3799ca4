package io.github.camelclicksend.voice.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelclicksend.voice.benchmarks.stub.StubServer;

/** The stub server in its own JVM on loopback; it stops when closed, or by itself after its time limit. */
public final class StubProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    public StubProcess(long maxSeconds) throws IOException {
        process = ChildJvm.start(List.of("-Xmx512m"), StubServer.class,
                List.of("--max-seconds", Long.toString(maxSeconds)));
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("LISTENING ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the stub did not start: " + line);
        }
        port = Integer.parseInt(line.substring("LISTENING ".length()).trim());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/v3";
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
