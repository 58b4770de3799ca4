package io.github.camelclicksend.voice.karaf;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

/**
 * The driver side of {@link KarafRouteIT}, run in the test JVM only: it starts the simulator there (on loopback) and
 * says how to set up Karaf, and what the test then installs as a user would: the camel-clicksend-voice feature from
 * the features repository in the local Maven repository (so run {@code mvn install}), on top of stand-ins for
 * camel-karaf's features, and the Karaf example's route bundle, which reads the simulator's address from Karaf's
 * properties.
 */
final class KarafSetup {

    static final String GROUP = "io.github.camelclicksend";
    static final String LAUNCHED_AT = "itest.launchedAt";
    static final String STAND_IN_REPOSITORY = "itest.standInRepository";
    static final String FEATURES_REPOSITORY = "itest.featuresRepository";
    static final String ROUTE_BUNDLE = "itest.routeBundle";

    /** Lives as long as the test JVM. */
    private static ClickSendSimulator simulator;

    private KarafSetup() {
    }

    static synchronized Option[] options() throws IOException {
        long launchedAt = System.currentTimeMillis();
        if (simulator == null) {
            simulator = ClickSendSimulator.start();
            Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        }
        // Karaf is unpacked anew each run and left in place for reading its log: keep only the last one
        File unpackDirectory = new File("target/exam");
        deleteRecursively(unpackDirectory);
        String version = System.getProperty("project.version");
        File standIn = new File("target/test-classes/camel-karaf-stand-in-features.xml").getAbsoluteFile();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf", System.getProperty("itest.karaf.version"))
                            .type("tar.gz"))
                    .unpackDirectory(unpackDirectory)
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            // another Karaf on this machine must not collide with this one
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/system.properties", "clicksend.baseUrl", simulator.baseUrl()),
            editConfigurationFilePut("etc/system.properties", "clicksend.username", simulator.username()),
            editConfigurationFilePut("etc/system.properties", "clicksend.apiKey", simulator.apiKey()),
            editConfigurationFilePut("etc/system.properties", "clicksend.to", KarafRouteIT.TO),
            editConfigurationFilePut("etc/system.properties", LAUNCHED_AT, String.valueOf(launchedAt)),
            // what the test installs once Karaf is up, as a user would (wrap: URLs work only after the boot features)
            editConfigurationFilePut("etc/system.properties", STAND_IN_REPOSITORY, standIn.toURI().toString()),
            editConfigurationFilePut("etc/system.properties", FEATURES_REPOSITORY,
                    "mvn:" + GROUP + "/camel-clicksend-voice-features/" + version + "/xml/features"),
            editConfigurationFilePut("etc/system.properties", ROUTE_BUNDLE,
                    "mvn:" + GROUP + "/camel-clicksend-voice-example-karaf/" + version),
        };
    }

    private static void deleteRecursively(File file) throws IOException {
        if (file.exists()) {
            try (Stream<Path> paths = Files.walk(file.toPath())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        }
    }
}
