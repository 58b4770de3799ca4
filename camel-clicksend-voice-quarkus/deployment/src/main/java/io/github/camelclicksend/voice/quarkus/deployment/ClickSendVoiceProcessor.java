package io.github.camelclicksend.voice.quarkus.deployment;

import java.util.List;
import java.util.stream.Stream;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourcePatternsBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * What Quarkus needs at build time for the clicksend-voice component. Camel Quarkus finds the component, its generated
 * configurers, URI factory and type converter loader through the component jar's META-INF/services/org/apache/camel
 * files, once the jar is indexed.
 */
class ClickSendVoiceProcessor {

    static final String FEATURE = "camel-clicksend-voice";
    static final String COMPONENT_GROUP_ID = "io.github.camelclicksend";
    static final String COMPONENT_ARTIFACT_ID = "camel-clicksend-voice";

    /** Results and {@code VoiceMessage}: bound from the API's answers and written as JSON by the type converters. */
    static final DotName MODEL_PACKAGE = DotName.createSimple("io.github.camelclicksend.voice.model");

    /** The wire shapes of the API's answers, which the client binds with Jackson by field, and its request mix-in. */
    static final List<String> ANSWER_TYPES = List.of(
            "io.github.camelclicksend.voice.client.ApiJson$ApiMessage",
            "io.github.camelclicksend.voice.client.ApiEnvelope",
            "io.github.camelclicksend.voice.client.ApiPage",
            "io.github.camelclicksend.voice.client.ClickSendVoiceClient$ExportData",
            "io.github.camelclicksend.voice.client.ClickSendVoiceClient$CountData",
            "io.github.camelclicksend.voice.client.SendResponse",
            "io.github.camelclicksend.voice.client.SendResponse$Row",
            "io.github.camelclicksend.voice.client.SendResponse$Currency");

    /** libphonenumber loads its metadata per region, lazily, from these resources. */
    static final String PHONE_NUMBER_METADATA = "com/google/i18n/phonenumbers/data/**";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    /**
     * Makes the component jar an application archive, so that Camel Quarkus reads its service files and Jandex sees its
     * classes. Its own META-INF/jandex.idx (written by camel-package-maven-plugin) would do so too; this does not depend
     * on it.
     */
    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem(COMPONENT_GROUP_ID, COMPONENT_ARTIFACT_ID);
    }

    @BuildStep
    ReflectiveClassBuildItem jacksonBoundTypes(CombinedIndexBuildItem combinedIndex) {
        IndexView index = combinedIndex.getIndex();
        String[] types = Stream.concat(
                index.getKnownClasses().stream()
                        .map(ClassInfo::name)
                        .filter(name -> MODEL_PACKAGE.equals(name.packagePrefixName())),
                ANSWER_TYPES.stream().map(name -> known(index, name)))
                .map(DotName::toString)
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(types).constructors().methods().fields().build();
    }

    /** A renamed answer type fails the build here rather than a native application at its first API call. */
    private static DotName known(IndexView index, String className) {
        DotName name = DotName.createSimple(className);
        if (index.getClassByName(name) == null) {
            throw new IllegalStateException(className + " is not in the clicksend-voice component: update "
                                            + ClickSendVoiceProcessor.class.getSimpleName() + ".ANSWER_TYPES");
        }
        return name;
    }

    @BuildStep
    NativeImageResourcePatternsBuildItem phoneNumberMetadata() {
        return NativeImageResourcePatternsBuildItem.builder().includeGlob(PHONE_NUMBER_METADATA).build();
    }

    /** HTTPS to ClickSend. */
    @BuildStep
    ExtensionSslNativeSupportBuildItem sslNativeSupport() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }
}
