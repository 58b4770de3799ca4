package io.github.camelclicksend.voice.karaf;

import java.util.Collection;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.support.PluginHelper;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.github.camelclicksend.voice.ClickSendVoiceComponent;
import io.github.camelclicksend.voice.ClickSendVoiceConstants;
import io.github.camelclicksend.voice.ClickSendVoiceEndpoint;
import io.github.camelclicksend.voice.model.VoiceSendResult;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/** Checks on the example's CamelContext; loaded only once Camel is installed. */
final class ExampleContextChecks {

    private ExampleContextChecks() {
    }

    /**
     * The component was found by name in its own bundle, configured by its generated configurer without reflection,
     * and its result is an instance of the exported model class that this bundle sees too.
     */
    static void generatedCodeAndModelsWorkAcrossBundles(BundleContext context, Bundle componentBundle, String to)
            throws Exception {
        CamelContext example = exampleContext(context);
        ClickSendVoiceComponent component = example.getComponent("clicksend-voice", ClickSendVoiceComponent.class);
        assertSame(componentBundle, FrameworkUtil.getBundle(component.getClass()));

        BeanIntrospection introspection = PluginHelper.getBeanIntrospection(example);
        long reflectionBefore = introspection.getInvokedCounter();
        ClickSendVoiceEndpoint endpoint = example.getEndpoint(
                "clicksend-voice:send?voice=male&lang=en-au&batchSize=10&rejectionPolicy=IGNORE",
                ClickSendVoiceEndpoint.class);
        assertEquals("reflective property calls", reflectionBefore, introspection.getInvokedCounter());
        assertEquals("io.github.camelclicksend.voice.ClickSendVoiceEndpointConfigurer",
                PluginHelper.getConfigurerResolver(example)
                        .resolvePropertyConfigurer("clicksend-voice-endpoint", example).getClass().getName());

        try (ProducerTemplate template = example.createProducerTemplate()) {
            VoiceSendResult result = template.requestBodyAndHeader(endpoint, "A second call, from the test",
                    ClickSendVoiceConstants.TO, to, VoiceSendResult.class);
            assertEquals(1, result.getQueuedCount());
            assertTrue(result.getMessages().get(0).isAccepted());
            String json = example.getTypeConverter().convertTo(String.class, result);
            assertTrue(json, json.contains(result.getMessages().get(0).getMessageId()));
        }
    }

    private static CamelContext exampleContext(BundleContext context) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Collection<ServiceReference<CamelContext>> refs = context.getServiceReferences(CamelContext.class,
                    "(camel.context.name=clicksend-voice-karaf-example)");
            if (!refs.isEmpty()) {
                return context.getService(refs.iterator().next());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the example's CamelContext was not published");
    }
}
