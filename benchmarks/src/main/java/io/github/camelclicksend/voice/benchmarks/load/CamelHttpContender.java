package io.github.camelclicksend.voice.benchmarks.load;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

import io.github.camelclicksend.voice.benchmarks.WireModel;
import io.github.camelclicksend.voice.benchmarks.Workload;

/**
 * What a user writes without the component: marshal the request with Jackson, set the headers, post it with
 * camel-http, unmarshal the answer. The method header is the enum, not the String "POST": a String costs about
 * 30 µs per exchange because its conversion to the enum misses the type-converter cache. No validation.
 */
public final class CamelHttpContender implements Contender {

    public static final String NAME = "camel-http";

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint direct;
    private List<WireModel.SendRequest> batches;

    public CamelHttpContender(String baseUrl) throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .marshal().json(JsonLibrary.Jackson)
                        .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Authorization", constant(Workload.BASIC_AUTHORIZATION))
                        .to(baseUrl + "/voice/send")
                        .unmarshal().json(JsonLibrary.Jackson, WireModel.SendEnvelope.class);
            }
        });
        context.start();
        template = context.createProducerTemplate();
        direct = context.getEndpoint("direct:send");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(int batchSize) {
        batches = Workload.batches(batchSize, WireModel::request);
    }

    @Override
    public int send(int i) {
        return template.requestBody(direct, batches.get(i % batches.size()), WireModel.SendEnvelope.class).accepted();
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
    }
}
