package io.github.camelclicksend.voice.features;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built features file: valid for Karaf's features schema, every {@code mvn:} bundle in it resolved by Maven (the
 * module depends on each one, and copies them in repository layout) and an OSGi bundle, and the feature built on
 * camel-karaf's features in ranges that take its 4.18 line. {@code karaf-maven-plugin:verify} is not used: it would
 * have to download camel-karaf's features and bundles, which are not all published.
 */
class FeaturesXmlTest {

    private static final String NS = "http://karaf.apache.org/xmlns/features/v1.6.0";

    private static File featuresFile;
    private static Document features;

    @BeforeAll
    static void parse() throws Exception {
        featuresFile = new File(System.getProperty("features.file"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        features = factory.newDocumentBuilder().parse(featuresFile);
    }

    @Test
    void isValidForKarafsFeaturesSchema() throws Exception {
        assertThat(features.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/org/apache/karaf/features/karaf-features-1.6.0.xsd"));
        schema.newValidator().validate(new StreamSource(featuresFile));
        assertThat(Files.readString(featuresFile.toPath())).doesNotContain("${");
    }

    @Test
    void everyBundleIsResolvedByMavenAndIsAnOsgiBundle() throws Exception {
        List<String> bundles = texts("bundle");
        assertThat(bundles).isNotEmpty().allMatch(url -> url.startsWith("mvn:"));
        File repository = new File(System.getProperty("feature.bundles"));
        for (String url : bundles) {
            File jar = new File(repository, repositoryPath(url));
            assertThat(jar).as("%s resolved by Maven", url).isFile();
            try (JarFile file = new JarFile(jar)) {
                Attributes manifest = file.getManifest().getMainAttributes();
                assertThat(manifest.getValue("Bundle-ManifestVersion")).as("%s is a bundle", url).isEqualTo("2");
                assertThat(manifest.getValue("Bundle-SymbolicName")).as("%s has a symbolic name", url).isNotBlank();
            }
        }
        assertThat(bundles).anyMatch(url -> url.startsWith("mvn:io.github.camelclicksend/camel-clicksend-voice/"));
    }

    @Test
    void buildsOnCamelKarafFeaturesOfItsFourEighteenLine() {
        Element feature = (Element) features.getElementsByTagNameNS(NS, "feature").item(0);
        assertThat(feature.getAttribute("name")).isEqualTo("camel-clicksend-voice");
        Map<String, String> dependencies = new LinkedHashMap<>();
        NodeList nested = feature.getElementsByTagNameNS(NS, "feature");
        for (int i = 0; i < nested.getLength(); i++) {
            Element e = (Element) nested.item(i);
            dependencies.put(e.getTextContent().trim(), e.getAttribute("version"));
        }
        assertThat(dependencies).containsExactly(Map.entry("camel-core", "[4.18,5)"),
                Map.entry("camel-http", "[4.18,5)"), Map.entry("jackson", "[2.15,3)"));
    }

    /** mvn:group/artifact/version[/type[/classifier]] as a path in a Maven repository. */
    private static String repositoryPath(String url) {
        String[] p = url.substring("mvn:".length()).split("/");
        String type = p.length > 3 ? p[3] : "jar";
        String classifier = p.length > 4 ? "-" + p[4] : "";
        return p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/" + p[1] + "-" + p[2] + classifier + "." + type;
    }

    private static List<String> texts(String element) {
        List<String> result = new ArrayList<>();
        NodeList nodes = features.getElementsByTagNameNS(NS, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent().trim());
        }
        return result;
    }
}
