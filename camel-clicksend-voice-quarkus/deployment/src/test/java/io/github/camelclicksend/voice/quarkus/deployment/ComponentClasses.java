package io.github.camelclicksend.voice.quarkus.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/** The names of the classes in the component jar (or its classes folder, in a reactor build). */
final class ComponentClasses {

    private ComponentClasses() {
    }

    static List<String> names() throws IOException {
        URL location = ClickSendVoiceComponent.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            Path root = Path.of(location.toURI());
            if (Files.isDirectory(root)) {
                return namesUnder(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + root.toUri()), Map.of())) {
                return namesUnder(jar.getPath("/"));
            }
        } catch (URISyntaxException e) {
            throw new IOException(location + " is not a file", e);
        }
    }

    private static List<String> namesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
