package io.github.camelclicksend.voice.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component jar is compiled and its metadata generated against Camel 4.22; a Quarkus application runs it on the
 * Camel, Jackson and HttpClient 5 versions of the Camel Quarkus BOM (Camel 4.17). This test reads every class of the
 * component jar and checks that each class, constructor, method and field it uses from another library exists on this
 * class path, the extension's own: what the JVM would otherwise report as NoSuchMethodError or AbstractMethodError
 * only when that line first runs.
 */
class ComponentLinkageTest {

    private static final String OWN_PACKAGES = "io/github/camelclicksend/";

    private static Set<Reference> references;

    @BeforeAll
    static void readTheComponentJar() throws IOException, URISyntaxException {
        references = referencesOf(Path.of(ClickSendVoiceComponent.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()));
    }

    @Test
    void runsOnTheCamelOfTheCamelQuarkusBom() {
        assertThat(new org.apache.camel.impl.DefaultCamelContext().getVersion()).isEqualTo("4.17.0");
        assertThat(CamelContext.class.getPackage().getImplementationVersion()).isEqualTo("4.17.0");
    }

    @Test
    void everythingTheComponentUsesFromOtherLibrariesExistsHere() {
        assertThat(references).as("references read").hasSizeGreaterThan(300)
                .anyMatch(r -> r.owner().startsWith("org/apache/camel/"))
                .anyMatch(r -> r.owner().startsWith("com/fasterxml/jackson/"))
                .anyMatch(r -> r.owner().startsWith("org/apache/hc/client5/"))
                .anyMatch(r -> r.owner().startsWith("com/google/i18n/phonenumbers/"));

        assertThat(references.stream().filter(r -> !r.resolves()).map(Reference::toString).toList()).isEmpty();
    }

    @Test
    void aMemberMissingFromThisClassPathIsFound() {
        // added in Camel 4.18, implemented by the 4.22 generator's URI factory, and never called by the component
        assertThat(new Reference("org/apache/camel/spi/EndpointUriFactory", "endpointIdentityPropertyNames",
                "()Ljava/util/Set;", "test").resolves()).isFalse();
        assertThat(new Reference("org/apache/camel/spi/EndpointUriFactory", "multiValuePrefixes",
                "()Ljava/util/Map;", "test").resolves()).isTrue();
        assertThat(new Reference("org/apache/camel/NoSuchType", null, null, "test").resolves()).isFalse();
    }

    /** A use of another library's class (name null), method or constructor (descriptor starts with '(') or field. */
    record Reference(String owner, String name, String descriptor, String usedBy) {

        boolean resolves() {
            try {
                Class<?> type = Class.forName(owner.replace('/', '.'), false, ComponentLinkageTest.class.getClassLoader());
                if (name == null) {
                    return true;
                }
                for (Class<?> c : typeAndSupertypes(type)) {
                    if (declares(c)) {
                        return true;
                    }
                }
                return false;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }

        private boolean declares(Class<?> c) {
            if (name.equals("<init>")) {
                for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                    if (c.getName().equals(owner.replace('/', '.'))
                        && Type.getConstructorDescriptor(constructor).equals(descriptor)) {
                        return true;
                    }
                }
            } else if (descriptor.startsWith("(")) {
                for (Method method : c.getDeclaredMethods()) {
                    if (method.getName().equals(name) && Type.getMethodDescriptor(method).equals(descriptor)) {
                        return true;
                    }
                }
            } else {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getName().equals(name) && Type.getDescriptor(field.getType()).equals(descriptor)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Set<Class<?>> typeAndSupertypes(Class<?> type) {
            Set<Class<?>> all = new HashSet<>();
            Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
            while (!next.isEmpty()) {
                Class<?> c = next.pop();
                if (all.add(c)) {
                    if (c.getSuperclass() != null) {
                        next.push(c.getSuperclass());
                    }
                    next.addAll(List.of(c.getInterfaces()));
                }
            }
            all.add(Object.class);
            return all;
        }

        @Override
        public String toString() {
            return owner + (name == null ? "" : "." + name + descriptor) + " (used by " + usedBy + ")";
        }
    }

    private static Set<Reference> referencesOf(Path jarOrFolder) throws IOException {
        if (Files.isDirectory(jarOrFolder)) {
            return referencesUnder(jarOrFolder);
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + jarOrFolder.toUri()), Map.of())) {
            return referencesUnder(jar.getPath("/"));
        }
    }

    private static Set<Reference> referencesUnder(Path root) throws IOException {
        Set<Reference> found = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    new ClassReader(in).accept(new ReferenceCollector(found), ClassReader.SKIP_FRAMES);
                }
            }
        }
        return found;
    }

    /** Collects the supertypes, and the classes, methods and fields the bytecode of each method uses. */
    private static final class ReferenceCollector extends ClassVisitor {

        private final Set<Reference> found;
        private String className;

        ReferenceCollector(Set<Reference> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            className = name;
            type(superName);
            for (String i : interfaces) {
                type(i);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                    member(owner, method, desc);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    member(owner, field, desc);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(type);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof Type t && t.getSort() == Type.OBJECT) {
                        type(t.getInternalName());
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        if (argument instanceof Handle h) {
                            member(h.getOwner(), h.getName(), h.getDesc());
                        }
                    }
                }
            };
        }

        private void type(String internalName) {
            String element = elementType(internalName);
            if (element != null) {
                found.add(new Reference(element, null, null, className));
            }
        }

        private void member(String owner, String name, String descriptor) {
            String element = elementType(owner);
            if (element != null) {
                // members of arrays (clone, length) are the JVM's
                found.add(owner.startsWith("[") ? new Reference(element, null, null, className)
                        : new Reference(owner, name, descriptor, className));
            }
        }

        /** The class an internal name or array descriptor names, or null for the component's own and for primitives. */
        private static String elementType(String internalName) {
            if (internalName == null) {
                return null;
            }
            Type type = internalName.startsWith("[") ? Type.getType(internalName).getElementType()
                    : Type.getObjectType(internalName);
            if (type.getSort() != Type.OBJECT || type.getInternalName().startsWith(OWN_PACKAGES)) {
                return null;
            }
            return type.getInternalName();
        }
    }
}
