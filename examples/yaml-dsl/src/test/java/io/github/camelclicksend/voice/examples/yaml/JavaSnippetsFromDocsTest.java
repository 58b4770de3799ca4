package io.github.camelclicksend.voice.examples.yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java examples that open the component page, as they stand there: compiled from the page, then run as a user
 * runs them ({@code java -cp ... CallReminders}) in a child JVM, with the credentials in the environment, against
 * the simulator.
 */
class JavaSnippetsFromDocsTest {

    @TempDir
    static Path classes;

    @BeforeAll
    static void compileTheSnippets() throws IOException {
        Path sources = Files.createDirectories(classes.resolve("src"));
        Path callReminders = Files.writeString(sources.resolve("CallReminders.java"), DocsSnippets.block("java-route"));
        Path placeOneCall = Files.writeString(sources.resolve("PlaceOneCall.java"), DocsSnippets.block("java-component"));
        Files.writeString(classes.resolve("application.properties"), DocsSnippets.block("main-properties"));
        // a user's application logs at INFO (this module's own configuration shows warnings only)
        Files.writeString(classes.resolve("log4j2-info.xml"), """
                <Configuration><Appenders><Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="%m%n"/>
                </Console></Appenders><Loggers><Root level="INFO"><AppenderRef ref="out"/></Root></Loggers>
                </Configuration>
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                callReminders.toString(), placeOneCall.toString());
        assertThat(status).as("the page's Java compiles").isZero();
    }

    @Test
    void theCamelMainRoutePlacesItsCallWithTheApplicationProperties() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Run run = java(sim, List.of("-Dcamel.component.clicksend-voice.base-url=" + sim.baseUrl(),
                    "-Dcamel.main.duration-max-messages=1"), "com.example.calls.CallReminders");

            assertThat(run.exitCode()).as(run.output()).isZero();
            SimulatedCall call = sim.acceptedMessages().stream().reduce((a, b) -> b).orElseThrow();
            assertThat(sim.acceptedMessages()).hasSize(1);
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(call.requireInput()).isTrue();
            assertThat(call.customString()).isEqualTo("appointment-42");
            assertThat(run.output()).contains("Queued 1 call(s), message ids [" + call.messageId() + "]")
                    .doesNotContain(sim.apiKey());
        }
    }

    @Test
    void thePlainJavaProgramConfiguresTheComponentItself() throws Exception {
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Run run = java(sim, List.of(), "com.example.calls.PlaceOneCall");

            assertThat(run.exitCode()).as(run.output()).isZero();
            SimulatedCall call = sim.acceptedMessages().stream().reduce((a, b) -> b).orElseThrow();
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(run.output()).contains("+61411111111 SUCCESS " + call.messageId() + " ");
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** java -cp (this test's class path + the compiled snippets) OPTIONS MAIN, with the simulator's credentials. */
    private static Run java(ClickSendSimulator sim, List<String> options, String main) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-Dlog4j2.configurationFile=" + classes.resolve("log4j2-info.xml"));
        command.add("-cp");
        command.add(classes + System.getProperty("path.separator") + System.getProperty("java.class.path"));
        command.add(main);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("CLICKSEND_USERNAME", sim.username(), "CLICKSEND_API_KEY", sim.apiKey(),
                "CLICKSEND_BASE_URL", sim.baseUrl()));
        Path output = Files.createTempFile(classes, "run", ".log");
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(main + " did not end within 60 s:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
