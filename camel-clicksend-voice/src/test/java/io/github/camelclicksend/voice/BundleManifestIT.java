package io.github.camelclicksend.voice;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the OSGi manifest of the packaged jar, the one Karaf resolves. Every import must accept the whole line Karaf
 * runs (camel-karaf 4.18.x and what it installs: Jackson 2.20, HttpClient 5.5 and HttpCore 5.3 wrapped,
 * libphonenumber 9.0) up to what this component is built on, and stop before the next major version. Only the public
 * packages are exported.
 */
class BundleManifestIT {

    private static Attributes manifest;
    private static Map<String, String> imports;
    private static Map<String, String> exports;

    @BeforeAll
    static void readPackagedManifest() throws Exception {
        File jar = new File(ClickSendVoiceComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.getName()).endsWith(".jar");
        try (JarFile file = new JarFile(jar)) {
            manifest = file.getManifest().getMainAttributes();
        }
        imports = versionsByPackage(manifest.getValue("Import-Package"));
        exports = versionsByPackage(manifest.getValue("Export-Package"));
    }

    @Test
    void camelImportsAcceptEveryCamel4FromKarafsLine() {
        assertImports("org.apache.camel", List.of("4.18.0", "4.18.1", "4.22.0", "4.99.0"), List.of("4.17.9", "5.0.0"));
    }

    @Test
    void jacksonImportsAreJackson2FromKarafsVersionOn() {
        assertImports("com.fasterxml.jackson", List.of("2.15.0", "2.20.1", "2.22.1"), List.of("2.14.9", "3.0.0"));
        assertThat(imports.keySet()).noneMatch(p -> p.startsWith("tools.jackson"));
    }

    /** camel-karaf installs them with wrap:, which exports their packages at 0.0.0. */
    @Test
    void httpClient5ImportsAcceptWhatCamelKarafShips() {
        assertImports("org.apache.hc.client5", List.of("0.0.0", "5.5.1", "5.6.3"), List.of("6.0.0"));
        assertImports("org.apache.hc.core5", List.of("0.0.0", "5.3.6", "5.4.3"), List.of("6.0.0"));
    }

    @Test
    void otherLibraryImportsAreVersioned() {
        assertImports("com.google.i18n.phonenumbers", List.of("9.0.23", "9.0.36"), List.of("10.0.0"));
        assertImports("org.slf4j", List.of("1.7.36", "2.0.17"), List.of("3.0.0"));
    }

    @Test
    void onlyJdkPackagesAreImportedWithoutAVersion() {
        assertThat(imports).allSatisfy((pkg, version) -> {
            if (!pkg.startsWith("javax.")) {
                assertThat(version).as("version range of %s", pkg).isNotNull();
            }
        });
        assertThat(imports.keySet()).as("java.* comes from the JDK, never imported").noneMatch(p -> p.startsWith("java."));
    }

    @Test
    void exportsThePublicPackagesOnlyAtTheBundleVersion() {
        String bundleVersion = manifest.getValue("Bundle-Version").replaceAll("^(\\d+\\.\\d+\\.\\d+).*", "$1");
        assertThat(exports).containsOnlyKeys("io.github.camelclicksend.voice", "io.github.camelclicksend.voice.model",
                "io.github.camelclicksend.voice.error");
        assertThat(exports.values()).containsOnly(bundleVersion);
        assertThat(manifest.getValue("Require-Capability")).contains("(osgi.ee=JavaSE)(version=17)");
    }

    private static void assertImports(String prefix, List<String> accepted, List<String> refused) {
        Map<String, String> matching = new LinkedHashMap<>();
        imports.forEach((pkg, range) -> {
            if (pkg.equals(prefix) || pkg.startsWith(prefix + ".")) {
                matching.put(pkg, range);
            }
        });
        assertThat(matching).as("imports of %s", prefix).isNotEmpty();
        matching.forEach((pkg, range) -> {
            assertThat(range).as("version range of %s", pkg).isNotNull();
            for (String version : accepted) {
                assertThat(includes(range, version)).as("%s %s accepts %s", pkg, range, version).isTrue();
            }
            for (String version : refused) {
                assertThat(includes(range, version)).as("%s %s refuses %s", pkg, range, version).isFalse();
            }
        });
    }

    /** Package name to its version attribute (null when absent), from an OSGi Import- or Export-Package header. */
    private static Map<String, String> versionsByPackage(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            String version = null;
            for (String part : split(clause, ';')) {
                String p = part.trim();
                if (p.startsWith("version=")) {
                    version = p.substring("version=".length()).replace("\"", "");
                } else if (!p.contains("=")) {
                    names.add(p);
                }
            }
            for (String name : names) {
                result.put(name, version);
            }
        }
        return result;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** OSGi semantics: "[a,b)" and friends, or a bare "a" meaning a and above. */
    static boolean includes(String range, String version) {
        if (!range.startsWith("[") && !range.startsWith("(")) {
            return compare(version, range) >= 0;
        }
        String[] bounds = range.substring(1, range.length() - 1).split(",");
        int low = compare(version, bounds[0].trim());
        int high = compare(version, bounds[1].trim());
        return (range.startsWith("[") ? low >= 0 : low > 0) && (range.endsWith("]") ? high <= 0 : high < 0);
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0, i < y.length ? Integer.parseInt(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
