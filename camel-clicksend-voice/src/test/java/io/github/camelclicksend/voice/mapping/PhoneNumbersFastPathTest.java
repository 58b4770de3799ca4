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
 * The E.164 fast path gives exactly what libphonenumber's full parse gives, for every calling code and length; it
 * fails if E164Numbers lets through a number the parser would change or reject.
 */
class PhoneNumbersFastPathTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void agreesWithTheFullParseForEveryCallingCodeAndLength() {
        Random random = new Random(7);
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (int code : UTIL.getSupportedCallingCodes()) {
            String prefix = "+" + code;
            for (int nsnLength = 1; prefix.length() + nsnLength <= 16; nsnLength++) {
                // every first digit at every length; every first two digits at nine digits
                int starts = nsnLength == 9 ? 100 : 10;
                for (int start = 0; start < starts; start++) {
                    StringBuilder n = new StringBuilder(prefix).append(starts == 100 && start < 10 ? "0" : "")
                            .append(start);
                    while (n.length() < prefix.length() + nsnLength) {
                        n.append(random.nextInt(10));
                    }
                    // a country changes nothing for a number with +; checked on a tenth of them
                    String country = checked++ % 10 == 0 ? "AU" : null;
                    String fast = viaComponent(n.toString(), country);
                    String full = viaFullParse(n.toString(), country);
                    if (!fast.equals(full)) {
                        disagreements.add(n + " (country " + country + "): " + fast + " vs " + full);
                    }
                }
            }
        }
        System.out.println("E.164 fast path checked against the full parse: " + checked + " numbers");
        assertThat(checked).isGreaterThan(25_000);
        assertThat(disagreements).isEmpty();
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
