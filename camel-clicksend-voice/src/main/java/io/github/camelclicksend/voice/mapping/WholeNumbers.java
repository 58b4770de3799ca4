package io.github.camelclicksend.voice.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number's exact whole value, whatever its type: a fraction (1.5, also read from JSON as a BigDecimal) or a value
 * that does not fit is refused, never cut or wrapped around into a plausible id, count, time or phone number.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** @return null when n is not a whole number */
    static BigInteger exact(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigInteger.valueOf(n.longValue());
        }
        try {
            return new BigDecimal(n.toString()).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * An int from a number or its text, exactly.
     *
     * @throws IllegalArgumentException saying why, when the value is not a whole number that fits an int
     */
    public static Integer toInteger(Object value) {
        return value instanceof Integer i ? i : whole(value, 31).intValue();
    }

    /**
     * A long from a number or its text, exactly.
     *
     * @throws IllegalArgumentException saying why, when the value is not a whole number that fits a long
     */
    public static Long toLong(Object value) {
        return value instanceof Long l ? l : whole(value, 63).longValue();
    }

    private static BigInteger whole(Object value, int bits) {
        BigInteger whole;
        if (value instanceof Number n) {
            whole = exact(n);
        } else if (value instanceof CharSequence cs) {
            try {
                whole = new BigInteger(cs.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number, was '" + cs + "'");
            }
        } else {
            throw new IllegalArgumentException("must be a whole number, was a " + value.getClass().getSimpleName());
        }
        if (whole == null || whole.bitLength() > bits) {
            throw new IllegalArgumentException("must be a whole number" + (whole == null ? "" : " that fits")
                                               + ", was " + value);
        }
        return whole;
    }
}
