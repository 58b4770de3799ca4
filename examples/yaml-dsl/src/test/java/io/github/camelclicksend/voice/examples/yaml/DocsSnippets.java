package io.github.camelclicksend.voice.examples.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Code blocks of the component page, between its {@code <!-- NAME: START -->} and {@code <!-- NAME: END -->} lines. */
final class DocsSnippets {

    static final Path PAGE = Path.of("..", "..", "docs", "clicksend-voice-component.md");

    private DocsSnippets() {
    }

    /** The body of the fenced code block inside the named markers. */
    static String block(String name) throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String start = "<!-- " + name + ": START -->";
        String end = "<!-- " + name + ": END -->";
        int s = page.indexOf(start);
        int e = page.indexOf(end);
        if (s < 0 || e < s) {
            throw new IllegalStateException(PAGE + " has no " + start + " ... " + end + " block");
        }
        String section = page.substring(s + start.length(), e);
        int open = section.indexOf("```");
        int bodyStart = section.indexOf('\n', open) + 1;
        int close = section.lastIndexOf("```");
        if (open < 0 || close <= open) {
            throw new IllegalStateException("The " + name + " block of " + PAGE + " holds no fenced code");
        }
        return section.substring(bodyStart, close);
    }
}
