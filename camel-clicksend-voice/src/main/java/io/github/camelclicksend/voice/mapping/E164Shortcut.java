package io.github.camelclicksend.voice.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadataCollection;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Tells, without parsing, when libphonenumber would give a strict E.164 number back unchanged as a possible number,
 * so the common case skips a parse that costs several microseconds. For a number "+" code nsn, the parser only
 * changes nsn when its region's national-prefix-for-parsing pattern matches at its start, and judges it possible by
 * the length of nsn alone; this class checks exactly those two things, with the parser's own metadata, and says
 * "parse it" whenever the pattern matches or the metadata cannot be read.
 */
final class E164Shortcut {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Where libphonenumber keeps a region's metadata (its own loader reads the same files). */
    private static final String METADATA = "/com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_";
    private static final int MAX_NSN_LENGTH = 17;
    private static final Rules PARSE_ALWAYS = new Rules(null, new boolean[10], new boolean[0]);
    private static final AtomicReferenceArray<Rules> BY_CODE = new AtomicReferenceArray<>(1000);

    private E164Shortcut() {
    }

    /**
     * @param  n        a strict E.164 number whose calling code {@code code} ends before {@code nsnStart}
     * @return          true when parsing n gives n itself and the number is possible
     */
    static boolean unchanged(String n, int code, int nsnStart) {
        Rules rules = BY_CODE.get(code);
        if (rules == null) {
            rules = load(code);
            BY_CODE.set(code, rules);
        }
        int length = n.length() - nsnStart;
        return length < rules.possibleLength.length && rules.possibleLength[length]
               && !rules.mayStripNationalPrefix(n, nsnStart);
    }

    private static Rules load(int code) {
        String region = UTIL.getRegionCodeForCountryCode(code);
        String file = METADATA + (PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) ? code : region);
        PhoneMetadata metadata;
        try (InputStream in = PhoneNumberUtil.class.getResourceAsStream(file)) {
            if (in == null) {
                return PARSE_ALWAYS;
            }
            PhoneMetadataCollection collection = new PhoneMetadataCollection();
            collection.readExternal(new ObjectInputStream(in));
            if (collection.getMetadataCount() != 1 || collection.getMetadataList().get(0).getCountryCode() != code) {
                return PARSE_ALWAYS;
            }
            metadata = collection.getMetadataList().get(0);
        } catch (IOException | RuntimeException e) {
            return PARSE_ALWAYS;
        }
        boolean[] possible = new boolean[MAX_NSN_LENGTH + 1];
        long nsn = 1;
        for (int length = 1; length <= MAX_NSN_LENGTH; length++, nsn *= 10) {
            possible[length] = UTIL.isPossibleNumber(new PhoneNumber().setCountryCode(code).setNationalNumber(nsn));
        }
        String prefix = metadata.getNationalPrefixForParsing();
        Pattern pattern = prefix == null || prefix.isEmpty() ? null : Pattern.compile(prefix);
        boolean[] mayMatch = new boolean[10];
        for (int digit = 0; pattern != null && digit <= 9; digit++) {
            Matcher m = pattern.matcher(Integer.toString(digit));
            // no match, and the matcher never needed more input: no nsn starting with this digit can match
            mayMatch[digit] = m.lookingAt() || m.hitEnd();
        }
        return new Rules(pattern, mayMatch, possible);
    }

    /**
     * A calling code's national-prefix-for-parsing pattern (null when it has none), the first digits of nsn it may
     * match after, so that most numbers skip the regex, and which lengths of nsn are possible.
     */
    private record Rules(Pattern nationalPrefix, boolean[] mayMatchAfterDigit, boolean[] possibleLength) {

        /** Whether the parser's prefix pattern matches at the start of nsn, as its lookingAt() does. */
        boolean mayStripNationalPrefix(String n, int nsnStart) {
            return nationalPrefix != null && mayMatchAfterDigit[n.charAt(nsnStart) - '0']
                   && nationalPrefix.matcher(n).region(nsnStart, n.length()).lookingAt();
        }
    }
}
