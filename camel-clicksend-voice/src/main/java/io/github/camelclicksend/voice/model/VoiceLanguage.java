package io.github.camelclicksend.voice.model;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;

/** A language the API can speak, with the voices it offers for it. */
public final class VoiceLanguage {

    private String code;
    private String country;
    // the API sends a string when one voice exists and an array when two do
    @JsonAlias("gender")
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    private List<String> genders = List.of();

    VoiceLanguage() {
    }

    public VoiceLanguage(String code, String country, List<String> genders) {
        this.code = code;
        this.country = country;
        this.genders = List.copyOf(genders);
    }

    public String getCode() {
        return code;
    }

    /** The language and locale in words, e.g. "English, US". */
    public String getCountry() {
        return country;
    }

    /** The voices offered, lower-case: female and/or male. */
    public List<String> getGenders() {
        return genders == null ? List.of() : genders.stream().map(g -> g.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String toString() {
        return "VoiceLanguage[" + code + " " + getGenders() + "]";
    }
}
