package io.github.camelclicksend.voice.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number's exact whole value, whatever its type: a fraction (1.5, also read from JSON as a BigDecimal) or a value
 * that does not fit is refused, never cut or wrapped around into a plausible id, time or phone number.
 */
final class WholeNumbers {

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
}
