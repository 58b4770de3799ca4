package io.github.camelclicksend.voice.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Starts a class of this jar in its own JVM, with this JVM's class path. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(List<String> jvmOptions, Class<?> main, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Runs to the end, handing each line of its output to the consumer; fails on a non-zero exit. */
    public static void run(List<String> jvmOptions, Class<?> main, List<String> args, Consumer<String> lines)
            throws IOException, InterruptedException {
        Process p = start(jvmOptions, main, args);
        p.getOutputStream().close();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.accept(line);
            }
        }
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + " " + args + " exited with " + exit);
        }
    }
}
