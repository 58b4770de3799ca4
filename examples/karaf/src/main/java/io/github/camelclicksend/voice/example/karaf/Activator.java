package io.github.camelclicksend.voice.example.karaf;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.component.timer.TimerComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.language.simple.SimpleLanguage;
import org.apache.camel.support.PluginHelper;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;

/**
 * Starts a CamelContext with {@link VoiceCallRoute} when the bundle starts, and publishes it as an OSGi service (as
 * camel-karaf does with its contexts) so that tools can find it.
 */
public final class Activator implements BundleActivator {

    private CamelContext camel;
    private ServiceRegistration<CamelContext> registration;

    @Override
    public void start(BundleContext context) throws Exception {
        ExampleSettings settings = ExampleSettings.from(context);
        // not built yet: the class loaders must be in place before Camel loads its type converters
        camel = new DefaultCamelContext(false);
        camel.getCamelContextExtension().setName(VoiceCallRoute.ROUTE_ID);
        ClassLoader components = new BundlesClassLoader(bundlesOfComponents(context.getBundle()));
        camel.setApplicationContextClassLoader(components);
        PluginHelper.getPackageScanClassResolver(camel).addClassLoader(components);
        camel.build();

        ClickSendVoiceComponent clickSend = camel.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        clickSend.getConfiguration().setUsername(settings.username());
        clickSend.getConfiguration().setApiKey(settings.apiKey());
        if (settings.baseUrl() != null) {
            clickSend.getConfiguration().setBaseUrl(settings.baseUrl());
        }
        camel.addRoutes(new VoiceCallRoute(settings));

        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("camel.context.name", camel.getName());
        registration = context.registerService(CamelContext.class, camel, properties);
        camel.start();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (registration != null) {
            registration.unregister();
        }
        if (camel != null) {
            camel.close();
        }
    }

    /** This bundle and those of the components and languages the route uses: timer, simple, clicksend-voice. */
    private static Set<Bundle> bundlesOfComponents(Bundle self) {
        Set<Bundle> bundles = new LinkedHashSet<>();
        bundles.add(self);
        bundles.add(FrameworkUtil.getBundle(ClickSendVoiceComponent.class));
        bundles.add(FrameworkUtil.getBundle(TimerComponent.class));
        bundles.add(FrameworkUtil.getBundle(SimpleLanguage.class));
        return bundles;
    }
}
