package io.github.camelclicksend.voice.example.karaf;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;

/**
 * Sees the classes and resources of a few bundles. Camel finds a component, its generated configurers and its type
 * converters by reading {@code META-INF/services} files through its application class loader; in OSGi each bundle
 * has its own class loader, so a plain {@code DefaultCamelContext} is given one that sees the bundles whose components
 * the route uses. (camel-karaf's {@code OsgiDefaultCamelContext} does the same for every bundle, through the service
 * registry.)
 */
final class BundlesClassLoader extends ClassLoader {

    private final List<Bundle> bundles;

    BundlesClassLoader(Set<Bundle> bundles) {
        super(null);
        this.bundles = List.copyOf(bundles);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (Bundle bundle : bundles) {
            try {
                return bundle.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (Bundle bundle : bundles) {
            URL url = bundle.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            Enumeration<URL> found = bundle.getResources(name);
            if (found != null) {
                urls.addAll(Collections.list(found));
            }
        }
        return Collections.enumeration(new ArrayList<>(urls));
    }
}
