package io.github.camelclicksend.voice.mapping;

import java.util.Locale;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises recipient numbers to E.164 with libphonenumber. Numbers already in strict E.164 form take a fast path
 * ({@link E164Shortcut}) that gives the same answer as the full parse, which costs several microseconds per number.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final boolean[] CALLING_CODES = new boolean[1000];
    private static final Set<String> REGIONS = UTIL.getSupportedRegions();

    static {
        for (int code : UTIL.getSupportedCallingCodes()) {
            CALLING_CODES[code] = true;
        }
    }

    private PhoneNumbers() {
    }

    static boolean isKnownRegion(String country) {
        return country != null && REGIONS.contains(country.toUpperCase(Locale.ROOT));
    }

    /**
     * @param  country                  the ISO 3166 alpha-2 region of a local number, or null
     * @throws IllegalArgumentException with the reason, when the number cannot be made E.164
     */
    static String toE164(String number, String country) {
        String n = number.trim();
        if (isStrictE164(n) && parsesToItself(n)) {
            return n;
        }
        if (!n.startsWith("+") && !n.startsWith("00") && country == null) {
            throw new IllegalArgumentException("'" + n + "' is a local number; give it in E.164 form (+61411111111) "
                                               + "or set country");
        }
        try {
            PhoneNumber parsed = UTIL.parse(n, country == null ? "ZZ" : country.toUpperCase(Locale.ROOT));
            if (!UTIL.isPossibleNumber(parsed)) {
                throw new IllegalArgumentException("'" + n + "' is not a possible phone number"
                                                   + (country != null ? " in " + country : ""));
            }
            return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("'" + n + "' is not a phone number (" + e.getErrorType() + ")");
        }
    }

    private static boolean isStrictE164(String n) {
        int len = n.length();
        if (len < 8 || len > 16 || n.charAt(0) != '+' || n.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < len; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the full parse would give n back. The calling code is the shortest known prefix, as the parser
     * reads it.
     */
    private static boolean parsesToItself(String n) {
        int code = 0;
        for (int i = 1; i <= 3; i++) {
            code = code * 10 + (n.charAt(i) - '0');
            if (CALLING_CODES[code]) {
                return E164Shortcut.unchanged(n, code, i + 1);
            }
        }
        return false;
    }
}
