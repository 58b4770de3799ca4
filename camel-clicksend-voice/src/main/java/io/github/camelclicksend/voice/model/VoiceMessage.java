package io.github.camelclicksend.voice.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One text-to-speech call to place. Every field is optional here: what a message leaves unset is taken from the
 * exchange's headers, then from the endpoint's options. Instances are immutable; use {@link #builder()}.
 */
public final class VoiceMessage {

    private final String to;
    private final Integer listId;
    private final String body;
    private final Voice voice;
    private final String lang;
    private final String customString;
    private final String country;
    private final String source;
    private final Long schedule;
    private final Boolean requireInput;
    private final Boolean machineDetection;

    private VoiceMessage(Builder b) {
        this.to = b.to;
        this.listId = b.listId;
        this.body = b.body;
        this.voice = b.voice;
        this.lang = b.lang;
        this.customString = b.customString;
        this.country = b.country;
        this.source = b.source;
        this.schedule = b.schedule;
        this.requireInput = b.requireInput;
        this.machineDetection = b.machineDetection;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A message with this text and nothing else set. */
    public static VoiceMessage of(String body) {
        return builder().body(body).build();
    }

    /** A message to this number with this text. */
    public static VoiceMessage of(String to, String body) {
        return builder().to(to).body(body).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.to = to;
        b.listId = listId;
        b.body = body;
        b.voice = voice;
        b.lang = lang;
        b.customString = customString;
        b.country = country;
        b.source = source;
        b.schedule = schedule;
        b.requireInput = requireInput;
        b.machineDetection = machineDetection;
        return b;
    }

    public String getTo() {
        return to;
    }

    public Integer getListId() {
        return listId;
    }

    public String getBody() {
        return body;
    }

    public Voice getVoice() {
        return voice;
    }

    public String getLang() {
        return lang;
    }

    public String getCustomString() {
        return customString;
    }

    public String getCountry() {
        return country;
    }

    public String getSource() {
        return source;
    }

    /** The time to place the call in unix seconds, or null for now. */
    public Long getSchedule() {
        return schedule;
    }

    public Boolean getRequireInput() {
        return requireInput;
    }

    public Boolean getMachineDetection() {
        return machineDetection;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VoiceMessage m)) {
            return false;
        }
        return Objects.equals(to, m.to) && Objects.equals(listId, m.listId) && Objects.equals(body, m.body)
                && voice == m.voice && Objects.equals(lang, m.lang) && Objects.equals(customString, m.customString)
                && Objects.equals(country, m.country) && Objects.equals(source, m.source)
                && Objects.equals(schedule, m.schedule) && Objects.equals(requireInput, m.requireInput)
                && Objects.equals(machineDetection, m.machineDetection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, listId, body, voice, lang, customString, country, source, schedule, requireInput,
                machineDetection);
    }

    @Override
    public String toString() {
        // the body and number are personal data: keep them out of logs
        return "VoiceMessage[" + (listId != null ? "listId=" + listId : "to=" + mask(to)) + ", voice=" + voice
               + ", lang=" + lang + ", bodyLength=" + (body == null ? 0 : body.length())
               + (schedule != null ? ", schedule=" + schedule : "") + "]";
    }

    private static String mask(String number) {
        if (number == null || number.length() < 5) {
            return number;
        }
        return number.substring(0, number.length() - 4).replaceAll("\\d", "*") + number.substring(number.length() - 4);
    }

    /** Builds a {@link VoiceMessage}. */
    public static final class Builder {
        private String to;
        private Integer listId;
        private String body;
        private Voice voice;
        private String lang;
        private String customString;
        private String country;
        private String source;
        private Long schedule;
        private Boolean requireInput;
        private Boolean machineDetection;

        private Builder() {
        }

        public Builder to(String to) {
            this.to = to;
            return this;
        }

        public Builder listId(Integer listId) {
            this.listId = listId;
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder voice(Voice voice) {
            this.voice = voice;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the text is not female or male
         */
        public Builder voice(String voice) {
            if (voice == null) {
                this.voice = null;
                return this;
            }
            Voice v = Voice.parse(voice);
            if (v == null) {
                throw new IllegalArgumentException("voice must be female or male");
            }
            this.voice = v;
            return this;
        }

        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        public Builder customString(String customString) {
            this.customString = customString;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** When to place the call, in unix seconds. */
        public Builder schedule(Long unixSeconds) {
            this.schedule = unixSeconds;
            return this;
        }

        public Builder schedule(Instant when) {
            this.schedule = when == null ? null : when.getEpochSecond();
            return this;
        }

        public Builder requireInput(Boolean requireInput) {
            this.requireInput = requireInput;
            return this;
        }

        public Builder machineDetection(Boolean machineDetection) {
            this.machineDetection = machineDetection;
            return this;
        }

        public VoiceMessage build() {
            return new VoiceMessage(this);
        }
    }
}
