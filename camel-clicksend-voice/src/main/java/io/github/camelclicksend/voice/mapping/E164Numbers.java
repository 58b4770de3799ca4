package io.github.camelclicksend.voice.mapping;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Tells, without libphonenumber's full parse (4 to 6 µs a number), whether a number in strict E.164 form
 * ({@code +} code nsn) can be sent as written: its calling code is the shortest prefix that is one, as the parser
 * reads it; nsn does not start with a zero (the parser keeps leading zeros aside) nor with the country's national
 * prefix (a common slip, "+44 07...", that the parse corrects); and the number is possible as it stands, not only
 * locally (the parser rewrites some short local forms). Whether a number is possible depends only on its calling
 * code and the length of its nsn, so libphonenumber's public API is asked once per code and length, when the class
 * loads, rather than for every number (its metadata lookup was a tenth of a whole send). Every other number
 * goes through the parse. The parse would read a few such numbers differently, taking their first digits for a
 * carrier-selection code (Brazil's 90, China's 11xx0); as E.164 says, they are taken as written. A test compares
 * the two on 240,000 numbers of every calling code, length and first two digits.
 */
final class E164Numbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_CALLING_CODE = 999;
    private static final int MAX_NSN_LENGTH = 17;
    /** For each calling code: its region's national prefix ("" when none); null for codes that do not exist. */
    private static final String[] NATIONAL_PREFIX = new String[MAX_CALLING_CODE + 1];
    /** For each calling code: bit n is set when an nsn of n digits is possible. */
    private static final int[] POSSIBLE_LENGTHS = new int[MAX_CALLING_CODE + 1];

    static {
        for (int code : UTIL.getSupportedCallingCodes()) {
            String region = UTIL.getRegionCodeForCountryCode(code);
            String prefix = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) ? null
                    : UTIL.getNddPrefixForRegion(region, true);
            NATIONAL_PREFIX[code] = prefix == null ? "" : prefix;
            for (int length = 1; length <= MAX_NSN_LENGTH; length++) {
                PhoneNumber ofThisLength = new PhoneNumber().setCountryCode(code)
                        .setNationalNumber(Long.parseLong("1".repeat(length)));
                if (UTIL.isPossibleNumberWithReason(ofThisLength) == ValidationResult.IS_POSSIBLE) {
                    POSSIBLE_LENGTHS[code] |= 1 << length;
                }
            }
        }
    }

    private E164Numbers() {
    }

    static boolean isPossibleAsWritten(String n) {
        if (!isStrictE164(n)) {
            return false;
        }
        for (int nsnStart = 2; nsnStart <= 4; nsnStart++) {
            int code = Integer.parseInt(n, 1, nsnStart, 10);
            String nationalPrefix = NATIONAL_PREFIX[code];
            if (nationalPrefix != null) {
                return n.charAt(nsnStart) != '0' && (nationalPrefix.isEmpty() || !n.startsWith(nationalPrefix, nsnStart))
                       && (POSSIBLE_LENGTHS[code] & 1 << (n.length() - nsnStart)) != 0;
            }
        }
        return false;
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
}
