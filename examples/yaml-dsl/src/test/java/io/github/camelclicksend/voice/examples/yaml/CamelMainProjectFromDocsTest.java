package io.github.camelclicksend.voice.examples.yaml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component page's "complete Camel Main application" is complete: its pom.xml, Java class and
 * application.properties, written out from the page as they stand there, build and run with Maven ({@code mvn compile
 * exec:java}, as the page says) on an empty local repository of their own. Only this project's own artifacts, which
 * are not published, are put there first (the component's jar and pom, and the parent pom it names); everything else
 * the page's pom needs must come from Maven Central through that pom, so a dependency or plugin the page forgets
 * fails the build or the run.
 */
class CamelMainProjectFromDocsTest {

    private static final Path ROOT = Path.of("..", "..");
    private static final Path PROJECT = Path.of("target", "docs-camel-main-project");
    private static final Path REPOSITORY = Path.of("target", "docs-camel-main-repository");
    private static final String GROUP_PATH = "io/github/camelclicksend";
    private static final String VERSION = "1.0.0-SNAPSHOT";

    @Test
    void thePagesProjectBuildsOnAnEmptyRepositoryAndPlacesItsCall() throws Exception {
        writeTheProjectFromThePage();
        seedOnlyThisProjectsOwnArtifacts();

        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Path log = PROJECT.resolve("build.log");
            ProcessBuilder mvn = new ProcessBuilder("mvn", "-B", "-ntp",
                    "-Dmaven.repo.local=" + REPOSITORY.toAbsolutePath(),
                    "-Dcamel.component.clicksend-voice.base-url=" + sim.baseUrl(),
                    "-Dcamel.main.duration-max-messages=1",
                    "compile", "exec:java")
                    .directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            mvn.environment().put("JAVA_HOME", System.getProperty("java.home"));
            mvn.environment().put("CLICKSEND_USERNAME", sim.username());
            mvn.environment().put("CLICKSEND_API_KEY", sim.apiKey());
            Process process = mvn.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("mvn compile exec:java did not end within 5 minutes:\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);

            assertThat(process.exitValue()).as(output).isZero();
            assertThat(sim.acceptedMessages()).hasSize(1);
            SimulatedCall call = sim.acceptedMessages().get(0);
            assertThat(call.to()).isEqualTo("+61411111111");
            assertThat(call.lang()).isEqualTo("en-au");
            assertThat(output).contains("Queued 1 call(s), message ids [" + call.messageId() + "]")
                    .doesNotContain(sim.apiKey());
        }
        try (Stream<Path> ours = Files.list(REPOSITORY.resolve(GROUP_PATH))) {
            assertThat(ours.map(p -> p.getFileName().toString()))
                    .as("nothing of this project but what was seeded")
                    .containsExactlyInAnyOrder("camel-clicksend-voice", "camel-clicksend-voice-parent");
        }
    }

    private static void writeTheProjectFromThePage() throws IOException {
        deleteRecursively(PROJECT);
        Path sources = Files.createDirectories(PROJECT.resolve("src/main/java/com/example/calls"));
        Path resources = Files.createDirectories(PROJECT.resolve("src/main/resources"));
        Files.writeString(PROJECT.resolve("pom.xml"), DocsSnippets.block("main-pom"));
        Files.writeString(sources.resolve("CallReminders.java"), DocsSnippets.block("java-route"));
        Files.writeString(resources.resolve("application.properties"), DocsSnippets.block("main-properties"));
    }

    /** A fresh repository holding only the component (its jar and pom) and the parent pom its pom names. */
    private static void seedOnlyThisProjectsOwnArtifacts() throws Exception {
        deleteRecursively(REPOSITORY);
        Path component = Files.createDirectories(REPOSITORY.resolve(GROUP_PATH + "/camel-clicksend-voice/" + VERSION));
        Path parent = Files.createDirectories(REPOSITORY.resolve(GROUP_PATH + "/camel-clicksend-voice-parent/" + VERSION));
        Files.copy(ROOT.resolve("camel-clicksend-voice/pom.xml"), component.resolve("camel-clicksend-voice-" + VERSION + ".pom"));
        Files.copy(ROOT.resolve("pom.xml"), parent.resolve("camel-clicksend-voice-parent-" + VERSION + ".pom"));
        Path built = Path.of(ClickSendVoiceComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = component.resolve("camel-clicksend-voice-" + VERSION + ".jar");
        if (Files.isDirectory(built)) {
            jar(built, jar); // a reactor build that stopped before package hands over target/classes
        } else {
            Files.copy(built, jar);
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file);
             Stream<Path> entries = Files.walk(classes)) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
                for (Path p : deepestFirst) {
                    Files.delete(p);
                }
            }
        }
    }
}
