package io.github.camelclicksend.voice.examples.quickstart;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.builder.RouteBuilder;

import io.github.camelclicksend.voice.model.VoiceSendResult;

/** Once: read calls.csv, send every call in one batch, print the result. */
final class QuickStartRoute extends RouteBuilder {

    private final PrintStream out;
    private final AtomicReference<VoiceSendResult> result;

    QuickStartRoute(PrintStream out, AtomicReference<VoiceSendResult> result) {
        this.out = out;
        this.result = result;
    }

    @Override
    public void configure() {
        from("timer:quickstart?repeatCount=1").routeId("quickstart")
                .process(e -> e.getIn().setBody(CallsCsv.read("calls.csv")))
                .to("clicksend-voice:send?rejectionPolicy=IGNORE")
                .process(e -> {
                    VoiceSendResult sent = e.getMessage().getBody(VoiceSendResult.class);
                    result.set(sent);
                    ResultTable.print(sent, out);
                });
    }
}
