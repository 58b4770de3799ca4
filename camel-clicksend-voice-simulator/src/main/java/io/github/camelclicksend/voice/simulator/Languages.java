package io.github.camelclicksend.voice.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The 23 text-to-speech languages and the voices each offers (notes section 2.2). */
final class Languages {

    static final String DEFAULT_LANG = "en-us";
    static final String DEFAULT_VOICE = "female";

    private static final List<String> BOTH = List.of("female", "male");
    private static final List<String> FEMALE = List.of("female");
    private static final List<String> MALE = List.of("male");

    private static final Map<String, Language> TABLE = new LinkedHashMap<>();

    static {
        add("en-us", "English, US", BOTH);
        add("en-au", "English, Australia", BOTH);
        add("en-gb", "English, UK", BOTH);
        add("en-in", "English, India", FEMALE);
        add("en-gb-wls", "English, Wales", BOTH);
        add("cy-gb-wls", "Welsh", BOTH);
        add("de-de", "German", BOTH);
        add("es-es", "Spanish, Spain", BOTH);
        add("es-us", "Spanish, US", BOTH);
        add("fr-ca", "French, Canada", FEMALE);
        add("fr-fr", "French, France", BOTH);
        add("is-is", "Icelandic", BOTH);
        add("it-it", "Italian", BOTH);
        add("da-dk", "Danish", BOTH);
        add("nl-nl", "Dutch", BOTH);
        add("nb-no", "Norwegian", FEMALE);
        add("pl-pl", "Polish", BOTH);
        add("pt-pt", "Portuguese, Portugal", MALE);
        add("pt-br", "Portuguese, Brazil", BOTH);
        add("ro-ro", "Romanian", FEMALE);
        add("ru-ru", "Russian", BOTH);
        add("sv-se", "Swedish", FEMALE);
        add("tr-tr", "Turkish", FEMALE);
    }

    static final class Language {
        final String code;
        final String country;
        final List<String> voices;

        Language(String code, String country, List<String> voices) {
            this.code = code;
            this.country = country;
            this.voices = voices;
        }
    }

    private Languages() {
    }

    private static void add(String code, String country, List<String> voices) {
        TABLE.put(code, new Language(code, country, voices));
    }

    /** The language for a code (case-insensitive), or null. */
    static Language find(String code) {
        return code == null ? null : TABLE.get(code.toLowerCase(Locale.ROOT));
    }

    /** {@code GET /voice/lang} rows: {@code gender} is a string when one voice exists, an array when two. */
    static List<Map<String, Object>> asJson() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Language language : TABLE.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", language.code);
            row.put("country", language.country);
            row.put("gender", language.voices.size() == 1 ? language.voices.get(0) : language.voices);
            rows.add(row);
        }
        return rows;
    }
}
