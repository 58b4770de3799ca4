package io.github.camelclicksend.voice.quarkus.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.model.VoiceSendResult;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourcePatternsBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.RuntimeInitializedClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.core.deployment.spi.CamelServiceBuildItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraalVM is not available here, so no native image is built: this test runs the real Quarkus build and checks, by
 * name, what the build hands to native-image for this component (classes for reflection, resources, classes
 * initialised at run time, SSL), and which Camel service files Camel Quarkus found in the component jar.
 */
class NativeRegistrationsTest {

    private static final String REGISTRATIONS = "clicksend-voice-test/registrations.txt";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(ComponentClasses.class))
            .addBuildChainCustomizer(recordRegistrations());

    @Inject
    CamelContext context;

    @Test
    void modelAndAnswerTypesAreRegisteredForJacksonWithConstructorsMethodsAndFields() throws IOException {
        Set<String> reflection = registrations("reflection:");

        assertThat(reflection).contains(
                "io.github.camelclicksend.voice.model.Page constructors methods fields",
                "io.github.camelclicksend.voice.model.Voice constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceHistoryRecord constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceLanguage constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceMessage constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceMessage$Builder constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceMessageResult constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceReceipt constructors methods fields",
                "io.github.camelclicksend.voice.model.VoiceSendResult constructors methods fields",
                "io.github.camelclicksend.voice.client.ApiJson$ApiMessage constructors methods fields",
                "io.github.camelclicksend.voice.client.ApiEnvelope constructors methods fields",
                "io.github.camelclicksend.voice.client.ApiPage constructors methods fields",
                "io.github.camelclicksend.voice.client.ClickSendVoiceClient$ExportData constructors methods fields",
                "io.github.camelclicksend.voice.client.ClickSendVoiceClient$CountData constructors methods fields",
                "io.github.camelclicksend.voice.client.SendResponse constructors methods fields",
                "io.github.camelclicksend.voice.client.SendResponse$Row constructors methods fields",
                "io.github.camelclicksend.voice.client.SendResponse$Currency constructors methods fields");
    }

    @Test
    void everyClassOfTheModelPackageIsRegistered() throws IOException {
        Set<String> reflected = new TreeSet<>();
        registrations("reflection:").forEach(line -> reflected.add(line.substring(0, line.indexOf(' '))));

        List<String> modelClasses = ComponentClasses.names().stream()
                .filter(name -> name.startsWith("io.github.camelclicksend.voice.model.")
                                && name.indexOf('.', "io.github.camelclicksend.voice.model.".length()) < 0)
                .toList();

        assertThat(modelClasses).as("the component jar's model package").hasSizeGreaterThanOrEqualTo(9);
        assertThat(reflected).containsAll(modelClasses);
    }

    @Test
    void libphonenumberMetadataIsIncludedAsResources() throws IOException {
        List<Pattern> included = registrations("resource-pattern:").stream().map(Pattern::compile).toList();

        for (String region : List.of("AU", "US", "GB", "DE", "800")) {
            String resource = "com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_" + region;
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
            assertThat(included).as(resource).anyMatch(pattern -> pattern.matcher(resource).matches());
        }
        assertThat(included).as("nothing outside libphonenumber's data")
                .noneMatch(pattern -> pattern.matcher("com/google/i18n/phonenumbers/PhoneNumberUtil.class").matches());
    }

    @Test
    void httpClient5GetsItsResourceAndRunTimeInitialisationAndSslIsOn() throws IOException {
        assertThat(registrations("resource:")).contains("mozilla/public-suffix-list.txt");
        assertThat(registrations("runtime-initialized:"))
                .contains("org.apache.hc.client5.http.impl.auth.NTLMEngineImpl");
        assertThat(registrations("ssl:")).contains("camel-clicksend-voice");
        assertThat(registrations("feature:")).contains("camel-clicksend-voice");
    }

    @Test
    void camelQuarkusFoundTheGeneratedConfigurersAndUriFactory() throws IOException {
        assertThat(registrations("camel-service:")).contains(
                "META-INF/services/org/apache/camel/configurer/clicksend-voice-component",
                "META-INF/services/org/apache/camel/configurer/clicksend-voice-endpoint",
                "META-INF/services/org/apache/camel/configurer/io.github.camelclicksend.voice.ClickSendVoiceConfiguration",
                "META-INF/services/org/apache/camel/urifactory/clicksend-voice-endpoint");
    }

    @Test
    void theComponentIsBoundAtBuildTimeAndItsTypeConvertersAreLoaded() {
        assertThat(context.getRegistry().lookupByName("clicksend-voice")).isInstanceOf(ClickSendVoiceComponent.class);
        assertThat(context.getTypeConverterRegistry().lookup(String.class, VoiceSendResult.class))
                .as("ClickSendVoiceConvertersLoader").isNotNull();
        assertThat(context.getVersion()).isEqualTo("4.17.0");
    }

    private Set<String> registrations(String kind) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REGISTRATIONS)) {
            assertThat(in).as(REGISTRATIONS).isNotNull();
            Set<String> found = new TreeSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith(kind))
                    .forEach(line -> found.add(line.substring(kind.length())));
            return found;
        }
    }

    /** A build step that writes what the build produced for native-image into a resource of the test application. */
    private static Consumer<BuildChainBuilder> recordRegistrations() {
        return chain -> chain.addBuildStep(new BuildStep() {
            @Override
            public void execute(BuildContext build) {
                List<String> lines = new ArrayList<>();
                for (ReflectiveClassBuildItem item : build.consumeMulti(ReflectiveClassBuildItem.class)) {
                    String members = (item.isConstructors() ? " constructors" : "") + (item.isMethods() ? " methods" : "")
                                     + (item.isFields() ? " fields" : "");
                    item.getClassNames().forEach(name -> lines.add("reflection:" + name + members));
                }
                build.consumeMulti(NativeImageResourcePatternsBuildItem.class)
                        .forEach(item -> item.getIncludePatterns().forEach(p -> lines.add("resource-pattern:" + p)));
                build.consumeMulti(NativeImageResourceBuildItem.class)
                        .forEach(item -> item.getResources().forEach(r -> lines.add("resource:" + r)));
                build.consumeMulti(RuntimeInitializedClassBuildItem.class)
                        .forEach(item -> lines.add("runtime-initialized:" + item.getClassName()));
                build.consumeMulti(ExtensionSslNativeSupportBuildItem.class)
                        .forEach(item -> lines.add("ssl:" + item.getExtension()));
                build.consumeMulti(FeatureBuildItem.class)
                        .forEach(item -> lines.add("feature:" + item.getName()));
                build.consumeMulti(CamelServiceBuildItem.class)
                        .forEach(item -> lines.add("camel-service:" + item.getPath().toString().replace('\\', '/')));
                build.produce(new GeneratedResourceBuildItem(REGISTRATIONS,
                        String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            }
        })
                .consumes(ReflectiveClassBuildItem.class)
                .consumes(NativeImageResourcePatternsBuildItem.class)
                .consumes(NativeImageResourceBuildItem.class)
                .consumes(RuntimeInitializedClassBuildItem.class)
                .consumes(ExtensionSslNativeSupportBuildItem.class)
                .consumes(FeatureBuildItem.class)
                .consumes(CamelServiceBuildItem.class)
                .produces(GeneratedResourceBuildItem.class)
                .build();
    }
}
