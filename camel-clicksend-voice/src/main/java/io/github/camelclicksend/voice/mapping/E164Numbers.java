package io.github.camelclicksend.voice.mapping;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;

/**
 * Tells, without a parse, when libphonenumber's parse would give a strict E.164 number ({@code +} code nsn) back
 * unchanged as a possible number. For such a number the parser changes nsn only when its region's
 * national-prefix-for-parsing pattern matches at nsn's start, and judges it possible by its calling code and length
 * alone. Both come from libphonenumber's public API: the metadata source its {@code PhoneNumberUtil} reads, and
 * {@code isPossibleNumber}. Anything else (a pattern that matches, an unknown code, any other form) is left to the
 * parse.
 */
final class E164Numbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource METADATA = DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource();
    private static final int MAX_CALLING_CODE = 999;
    private static final boolean[] CALLING_CODES = new boolean[MAX_CALLING_CODE + 1];
    /** The national-prefix-for-parsing pattern of each calling code; NONE when it has none, null until asked. */
    private static final Pattern[] NATIONAL_PREFIX = new Pattern[MAX_CALLING_CODE + 1];
    private static final Pattern NONE = Pattern.compile("(?!)");

    static {
        for (int code : UTIL.getSupportedCallingCodes()) {
            CALLING_CODES[code] = true;
        }
    }

    private E164Numbers() {
    }

    static boolean isPossibleAsWritten(String n) {
        if (!isStrictE164(n)) {
            return false;
        }
        for (int end = 2; end <= 4; end++) {
            int code = Integer.parseInt(n, 1, end, 10);
            // the parser takes the shortest prefix that is a calling code; a leading zero of nsn it keeps aside
            if (CALLING_CODES[code]) {
                return n.charAt(end) != '0' && !nationalPrefixMatches(code, n, end) && UTIL.isPossibleNumber(
                        new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(n, end, n.length(), 10)));
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

    private static boolean nationalPrefixMatches(int code, String n, int nsnStart) {
        Pattern pattern = NATIONAL_PREFIX[code];
        if (pattern == null) {
            pattern = nationalPrefixPattern(code);
            NATIONAL_PREFIX[code] = pattern;
        }
        return pattern.matcher(n).region(nsnStart, n.length()).lookingAt();
    }

    private static Pattern nationalPrefixPattern(int code) {
        String region = UTIL.getRegionCodeForCountryCode(code);
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? METADATA.getMetadataForNonGeographicalRegion(code) : METADATA.getMetadataForRegion(region);
        String prefix = metadata == null ? null : metadata.getNationalPrefixForParsing();
        return prefix == null || prefix.isEmpty() ? NONE : Pattern.compile(prefix);
    }
}
