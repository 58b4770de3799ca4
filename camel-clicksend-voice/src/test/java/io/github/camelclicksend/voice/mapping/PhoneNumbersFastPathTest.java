package io.github.camelclicksend.voice.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers in strict E.164 form that are possible as written are sent as written, without libphonenumber's full
 * parse; everything else goes through the parse. Over every calling code, length and first two digits, the result
 * is the full parse's, but for numbers whose digits after the country code the parser reads as a carrier-selection
 * code (Brazil's 90, China's 11xx0, Luxembourg's 15xx): those are possible as written and are kept as written. The
 * component never sends a number libphonenumber finds impossible.
 */
class PhoneNumbersFastPathTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void agreesWithTheFullParseForEveryCallingCodeLengthAndFirstTwoDigits() {
        Random random = new Random(7);
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int fast = 0;
        for (int code : UTIL.getSupportedCallingCodes()) {
            String prefix = "+" + code;
            for (int nsnLength = 2; prefix.length() + nsnLength <= 16; nsnLength++) {
                for (int start = 0; start < 100; start++) {
                    StringBuilder n = new StringBuilder(prefix).append(start / 10).append(start % 10);
                    while (n.length() < prefix.length() + nsnLength) {
                        n.append(random.nextInt(10));
                    }
                    String number = n.toString();
                    // a country changes nothing for a number with +; checked on a tenth of them
                    String country = checked++ % 10 == 0 ? "AU" : null;
                    fast += E164Numbers.isPossibleAsWritten(number) ? 1 : 0;
                    String viaComponent = viaComponent(number, country);
                    String full = viaFullParse(number, country);
                    if (!viaComponent.equals(full)) {
                        disagreements.add(number + " (country " + country + "): " + viaComponent + " vs " + full);
                        // kept as written, a possible number, where the parser dropped a carrier code
                        assertThat(viaComponent).isEqualTo(number);
                        assertThat(isPossibleAsWritten(number, full)).isTrue();
                        assertThat(full).isNotEqualTo("rejected").hasSizeLessThan(number.length());
                    }
                }
            }
        }
        System.out.println("E.164 fast path checked against the full parse: " + checked + " numbers, " + fast
                           + " of them on the fast path");
        assertThat(checked).isGreaterThan(240_000);
        assertThat(fast).as("numbers that took the fast path").isGreaterThan(45_000);
        assertThat(disagreements).as("numbers kept as written that the parse reads with a carrier code").hasSizeLessThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5590830731106", "+86116608580202", "+3521512778293"})
    void aNumberPossibleAsWrittenIsNotReadAsCarrierCodeAndNumber(String number) {
        assertThat(viaComponent(number, null)).isEqualTo(number).isNotEqualTo(viaFullParse(number, null));
    }

    /** Whether number, read as written (its country code, then every other digit as the national number), is possible. */
    private static boolean isPossibleAsWritten(String number, String parsed) {
        int code;
        try {
            code = UTIL.parse(parsed, "ZZ").getCountryCode();
        } catch (NumberParseException e) {
            return false;
        }
        String nsn = number.substring(1 + Integer.toString(code).length());
        return UTIL.isPossibleNumber(new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(nsn)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+61411111111", "+14155552671", "+447911123456", "+4915123456789", "+33612345678",
            "+6421123456", "+919876543210"})
    void commonMobileNumbersTakeTheShortcut(String number) {
        assertThat(E164Numbers.isPossibleAsWritten(number)).isTrue();
        assertThat(viaComponent(number, null)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+610411111111", "+1411111", "+789161234567"})
    void numbersTheParserWouldChangeOrRejectAreParsed(String number) {
        assertThat(E164Numbers.isPossibleAsWritten(number)).isFalse();
        assertThat(viaComponent(number, null)).isEqualTo(viaFullParse(number, null)).isNotEqualTo(number);
    }

    private static String viaComponent(String number, String country) {
        try {
            return PhoneNumbers.toE164(number, country);
        } catch (IllegalArgumentException e) {
            return "rejected";
        }
    }

    private static String viaFullParse(String number, String country) {
        try {
            PhoneNumber parsed = UTIL.parse(number, country == null ? "ZZ" : country);
            return UTIL.isPossibleNumber(parsed) ? UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164)
                    : "rejected";
        } catch (NumberParseException e) {
            return "rejected";
        }
    }
}
