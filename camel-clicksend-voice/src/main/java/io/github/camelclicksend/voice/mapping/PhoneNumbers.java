package io.github.camelclicksend.voice.mapping;

import java.util.Locale;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises recipient numbers to E.164 with libphonenumber. Numbers already in strict E.164 form take a fast path
 * that only checks the country calling code, since full parsing costs several microseconds per number.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<Integer> CALLING_CODES = UTIL.getSupportedCallingCodes();
    private static final Set<String> REGIONS = UTIL.getSupportedRegions();

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
        if (isStrictE164(n) && hasKnownCallingCode(n)) {
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

    private static boolean hasKnownCallingCode(String n) {
        int code = 0;
        for (int i = 1; i <= 3; i++) {
            code = code * 10 + (n.charAt(i) - '0');
            if (CALLING_CODES.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
