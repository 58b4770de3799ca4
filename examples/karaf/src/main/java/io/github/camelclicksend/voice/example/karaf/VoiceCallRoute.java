package io.github.camelclicksend.voice.example.karaf;

import org.apache.camel.builder.RouteBuilder;

import io.github.camelclicksend.voice.ClickSendVoiceConstants;

/** Once, when the bundle starts: one text-to-speech call, and its result in the log as JSON. */
final class VoiceCallRoute extends RouteBuilder {

    static final String ROUTE_ID = "clicksend-voice-karaf-example";

    private final ExampleSettings settings;

    VoiceCallRoute(ExampleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?repeatCount=1&delay=0")
                .routeId(ROUTE_ID)
                .setHeader(ClickSendVoiceConstants.TO, constant(settings.to()))
                .setBody(constant(settings.text()))
                .to("clicksend-voice:send")
                .convertBodyTo(String.class)
                .log("ClickSend queued ${header." + ClickSendVoiceConstants.QUEUED_COUNT + "} call(s): ${body}");
    }
}
