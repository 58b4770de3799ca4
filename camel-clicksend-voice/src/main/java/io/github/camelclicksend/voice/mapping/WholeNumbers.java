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
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n) {
            BigInteger whole = exact(n);
            if (whole == null || whole.bitLength() > 31) {
                throw new IllegalArgumentException("must be a whole number, was " + n);
            }
            return whole.intValue();
        }
        if (value instanceof CharSequence cs) {
            try {
                return Integer.valueOf(cs.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number, was '" + cs + "'");
            }
        }
        throw new IllegalArgumentException("must be a whole number, was a " + value.getClass().getSimpleName());
    }
}
