package io.github.camelclicksend.voice.benchmarks.load;

import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ClickSend.Api.VoiceApi;
import ClickSend.ApiClient;
import ClickSend.Model.VoiceMessage;
import ClickSend.Model.VoiceMessageCollection;

import io.github.camelclicksend.voice.benchmarks.Workload;

/**
 * ClickSend's official Java SDK v1 (OkHttp 2 + Gson) pointed at the stub's base path. {@code voiceSendPost} returns
 * the answer as a String, so the caller parses it (with the SDK's own Gson) to learn what was accepted.
 */
public final class SdkContender implements Contender {

    public static final String NAME = "clicksend-sdk";

    private final VoiceApi api;
    private List<VoiceMessageCollection> batches;

    public SdkContender(String baseUrl) {
        ApiClient client = new ApiClient();
        client.setBasePath(baseUrl);
        client.setUsername(Workload.USERNAME);
        client.setPassword(Workload.API_KEY);
        api = new VoiceApi(client);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare(int batchSize) {
        batches = Workload.batches(batchSize, calls -> new VoiceMessageCollection().messages(calls.stream()
                .map(c -> new VoiceMessage().to(c.to()).body(c.body()).voice(Workload.VOICE).lang(Workload.LANG)
                        .customString(c.customString()).source(Workload.SOURCE))
                .toList()));
    }

    @Override
    public int send(int i) throws Exception {
        String answer = api.voiceSendPost(batches.get(i % batches.size()));
        JsonObject data = new JsonParser().parse(answer).getAsJsonObject().getAsJsonObject("data");
        int accepted = 0;
        for (JsonElement row : data.getAsJsonArray("messages")) {
            if ("SUCCESS".equals(row.getAsJsonObject().get("status").getAsString())) {
                accepted++;
            }
        }
        return accepted;
    }
}
