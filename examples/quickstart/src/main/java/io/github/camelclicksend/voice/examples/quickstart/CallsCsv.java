package io.github.camelclicksend.voice.examples.quickstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code to;voice;lang;body} lines (body last, so it may hold any punctuation) into message maps. */
final class CallsCsv {

    private CallsCsv() {
    }

    static List<Map<String, Object>> read(String resource) {
        InputStream in = CallsCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        List<Map<String, Object>> calls = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", 4);
                if (f.length != 4) {
                    throw new IllegalStateException("not to;voice;lang;body: " + line);
                }
                calls.add(Map.of("to", f[0].trim(), "voice", f[1].trim(), "lang", f[2].trim(), "body", f[3].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return calls;
    }
}
