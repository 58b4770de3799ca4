package io.github.camelclicksend.voice.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;

/**
 * Reads a time as unix seconds from: a number of seconds, Instant, OffsetDateTime, ZonedDateTime, LocalDateTime
 * (UTC), LocalDate (start of day UTC), Date, Calendar, or text holding seconds or ISO-8601 (no offset means UTC; a
 * date alone is its start of day in UTC).
 */
public final class TimeValues {

    private TimeValues() {
    }

    /**
     * @return unix seconds, or null for null or blank text
     * @throws IllegalArgumentException when the value is no time
     */
    public static Long toUnixSeconds(Object value) {
        Long seconds = seconds(value);
        if (seconds != null && seconds < 0) {
            throw new IllegalArgumentException(seconds + " is before 1970; give unix seconds");
        }
        return seconds;
    }

    private static Long seconds(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return wholeSeconds(n);
        }
        if (value instanceof Instant i) {
            return i.getEpochSecond();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toEpochSecond();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toEpochSecond();
        }
        if (value instanceof LocalDateTime l) {
            return l.toEpochSecond(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        }
        if (value instanceof Date d) {
            return Math.floorDiv(d.getTime(), 1000L);
        }
        if (value instanceof Calendar c) {
            return Math.floorDiv(c.getTimeInMillis(), 1000L);
        }
        if (value instanceof CharSequence cs) {
            return parseText(cs.toString().trim());
        }
        if (value instanceof TemporalAccessor) {
            throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " has no date and time");
        }
        throw new IllegalArgumentException("must be unix seconds, an Instant, OffsetDateTime, ZonedDateTime, Date or "
                                           + "ISO-8601 text, was a " + value.getClass().getSimpleName());
    }

    private static long wholeSeconds(Number n) {
        java.math.BigInteger whole = WholeNumbers.exact(n);
        if (whole == null || whole.bitLength() > 63) {
            throw new IllegalArgumentException("must be whole unix seconds, was " + n);
        }
        return whole.longValue();
    }

    private static Long parseText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (isDigits(text)) {
            return Long.parseLong(text);
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            char last = text.charAt(text.length() - 1);
            boolean hasOffset = last == 'Z' || last == 'z' || text.lastIndexOf('+') > 9 || text.lastIndexOf('-') > 9
                                || text.endsWith("]");
            if (!hasOffset) {
                return LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
            }
            if (text.endsWith("]")) {
                return ZonedDateTime.parse(text).toEpochSecond();
            }
            return OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither unix seconds nor ISO-8601");
        }
    }

    private static boolean isDigits(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length() || s.length() > 19) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
