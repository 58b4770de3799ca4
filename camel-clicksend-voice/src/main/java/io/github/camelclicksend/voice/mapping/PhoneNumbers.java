package io.github.camelclicksend.voice.mapping;

import java.util.Locale;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Normalises recipient numbers to E.164 with libphonenumber. A number already in strict E.164 form that the parser
 * would give back unchanged skips the parse, which costs 4 to 6 µs per number ({@link E164Numbers}).
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
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
        if (E164Numbers.isPossibleAsWritten(n)) {
            return n;
        }
        if (!n.startsWith("+") && !n.startsWith("00") && country == null) {
            throw new IllegalArgumentException("'" + n + "' is a local number: give it in E.164 form ('+', the "
                                               + "country calling code, then the national number without its "
                                               + "leading 0), or set country (option country or header "
                                               + "CamelClickSendVoiceCountry, an ISO 3166 code such as AU) to have "
                                               + "it converted");
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
}
