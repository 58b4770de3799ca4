package io.github.camelclicksend.voice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import io.github.camelclicksend.voice.mapping.MessageField;
import io.github.camelclicksend.voice.model.Voice;

/**
 * Generators of what users put into exchanges: field values of every Java type the component reads (valid ones most
 * of the time, so that the valid path is exercised too), message maps, and the names of the headers and options.
 */
final class InputArbitraries {

    /** A contact list the property tests create, with one member, so that rows and messages stay one to one. */
    static final int LIST_ID = 5;

    private static final long NOW = Instant.now().getEpochSecond();
    private static final long FUTURE = NOW + 86_400;

    private InputArbitraries() {
    }

    @SafeVarargs
    private static Arbitrary<Object> mostly(Arbitrary<?> valid, Arbitrary<? extends Object>... odd) {
        List<Tuple.Tuple2<Integer, Arbitrary<Object>>> choices = new ArrayList<>();
        choices.add(Tuple.of(4 * odd.length, valid.map(v -> (Object) v)));
        for (Arbitrary<?> a : odd) {
            choices.add(Tuple.of(1, a.map(v -> (Object) v)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<Object> values(Object... values) {
        return Arbitraries.of(values);
    }

    static Arbitrary<String> text() {
        return Arbitraries.strings().alpha().numeric().withChars(" .,!?-'éü€语").ofMinLength(1).ofMaxLength(40)
                .map(s -> "Say " + s);
    }

    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(30);
    }

    /** A value for the field, of any type a map, a header or JSON may hold. */
    static Arbitrary<Object> value(MessageField field) {
        return switch (field) {
            case TO -> mostly(values("+61411111111", "+14155550123", "+447700900123", " +61 411 111 112 "),
                    values("0412 345 678", "(02) 9999 0000", "61411111111", "+99912", "not a number", "+0411111111",
                            "", "  ", "00 61 411 111 113"),
                    anyText(), values(61411111111L, 412345678, 4.5, true, List.of("+61411111111"), Map.of()));
            case LIST_ID -> mostly(values(LIST_ID, "5", 5L, 5.0),
                    values(0, -1, "abc", 5.5, 1L + Integer.MAX_VALUE, true, "", List.of(5)));
            case BODY -> mostly(text(),
                    values("", "   ", "a".repeat(1201), "a".repeat(1200), "语".repeat(601), "语".repeat(600),
                            "€".repeat(601), "€".repeat(600), "lone \uD800 surrogate", "tab\there", "nul\u0000",
                            "{not json", "[1,", "[]", "{}"),
                    anyText(), values(42, true, List.of("x"), Map.of("body", "nested")));
            case VOICE -> mostly(values("female", "male", "FEMALE", " male ", Voice.MALE, Voice.FEMALE),
                    values("robot", "", 1, true));
            case LANG -> mostly(values("en-us", "en-au", "EN-GB", " en-us ", "fr-fr", "pt-pt", "fr-ca"),
                    values("xx-yy", "", "en_us", 7));
            case CUSTOM_STRING, SOURCE -> mostly(Arbitraries.strings().alpha().numeric().withChars(" -_").ofMaxLength(20),
                    anyText(), values(12, true, 3.5));
            case COUNTRY -> mostly(values("AU", "au", "US", " gb "), values("XX", "", "AUS", 42));
            case SCHEDULE -> mostly(values(FUTURE, Long.toString(FUTURE), Instant.ofEpochSecond(FUTURE),
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(2), "2031-01-01T10:00:00Z", "2031-01-01",
                    "2031-01-01T10:00:00", new Date(FUTURE * 1000), LocalDate.now(ZoneOffset.UTC).plusDays(3),
                    (double) FUTURE, new BigDecimal(FUTURE), BigInteger.valueOf(FUTURE)),
                    values(FUTURE * 1000, NOW - 3600, "next tuesday", 1.5, new BigDecimal(FUTURE + ".5"),
                            new BigInteger("99999999999999999999"), "99999999999999999999", LocalTime.NOON, "", -5L,
                            Long.MAX_VALUE, List.of(FUTURE)));
            case REQUIRE_INPUT, MACHINE_DETECTION -> mostly(
                    values(true, false, "yes", "no", "1", "0", 1, 0, "TRUE", " false "),
                    values("maybe", 2, 1.5, -1, List.of(true)));
        };
    }

    /** A message as a map: each field left out half of the time, keys in snake_case or camelCase, now and then an unknown key. */
    static Arbitrary<Map<String, Object>> messageMap() {
        List<Arbitrary<Object[]>> entries = new ArrayList<>();
        for (MessageField f : MessageField.values()) {
            int present = f == MessageField.BODY || f == MessageField.TO ? 9 : 3;
            Arbitrary<Object[]> entry = Combinators.combine(Arbitraries.of(f.api(), f.option()), value(f))
                    .as((key, value) -> new Object[] { key, value });
            entries.add(Arbitraries.frequencyOf(Tuple.of(present, entry), Tuple.of(10 - present,
                    Arbitraries.just(new Object[0]))));
        }
        Arbitrary<Object[]> unknown = Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.just(new Object[0])),
                Tuple.of(1, Arbitraries.of("too", "Body", "", "messages", "list-id")
                        .map(k -> new Object[] { k, "+61411111111" })));
        entries.add(unknown);
        return Combinators.combine(entries).as(pairs -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Object[] p : pairs) {
                if (p.length == 2) {
                    map.put((String) p[0], p[1]);
                }
            }
            return map;
        });
    }

    /** The value as JSON can hold it: times and other objects as their text. */
    static Object jsonSafe(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(InputArbitraries::jsonSafe).toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), jsonSafe(v)));
            return out;
        }
        return value.toString();
    }
}
