package io.github.camelclicksend.voice.mapping;

import java.util.Map;
import java.util.Set;

import io.github.camelclicksend.voice.model.Voice;

/** The API's languages and the voices each offers (ClickSend's published table). */
final class VoiceLanguages {

    private static final Set<Voice> BOTH = Set.of(Voice.FEMALE, Voice.MALE);
    private static final Set<Voice> FEMALE = Set.of(Voice.FEMALE);
    private static final Set<Voice> MALE = Set.of(Voice.MALE);

    private static final Map<String, Set<Voice>> VOICES = Map.ofEntries(
            Map.entry("en-us", BOTH), Map.entry("en-au", BOTH), Map.entry("en-gb", BOTH), Map.entry("en-in", FEMALE),
            Map.entry("en-gb-wls", BOTH), Map.entry("cy-gb-wls", BOTH), Map.entry("de-de", BOTH),
            Map.entry("es-es", BOTH), Map.entry("es-us", BOTH), Map.entry("fr-ca", FEMALE), Map.entry("fr-fr", BOTH),
            Map.entry("is-is", BOTH), Map.entry("it-it", BOTH), Map.entry("da-dk", BOTH), Map.entry("nl-nl", BOTH),
            Map.entry("nb-no", FEMALE), Map.entry("pl-pl", BOTH), Map.entry("pt-pt", MALE), Map.entry("pt-br", BOTH),
            Map.entry("ro-ro", FEMALE), Map.entry("ru-ru", BOTH), Map.entry("sv-se", FEMALE),
            Map.entry("tr-tr", FEMALE));

    private VoiceLanguages() {
    }

    static boolean isKnown(String lang) {
        return VOICES.containsKey(lang);
    }

    /** The voices of a known language. */
    static Set<Voice> voices(String lang) {
        return VOICES.getOrDefault(lang, Set.of());
    }
}
