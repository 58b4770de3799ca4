package io.github.camelclicksend.voice.mapping;

/**
 * The API's length rule: a call speaks at most 4 credits of text, 1200 GSM-7 characters or 600 when any character
 * lies outside GSM-7 (characters of GSM's extension table count twice).
 */
final class MessageLength {

    static final int MAX_GSM = 1200;
    static final int MAX_UNICODE = 600;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
    private static final boolean[] ASCII_GSM = new boolean[128];

    static {
        for (char c : GSM_BASIC.toCharArray()) {
            if (c < 128) {
                ASCII_GSM[c] = true;
            }
        }
    }

    private MessageLength() {
    }

    /** Null when the text fits, else the reason. */
    static String problem(String body) {
        int gsmLength = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 128 && ASCII_GSM[c]) {
                gsmLength++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmLength += 2;
            } else if (c >= 128 && GSM_BASIC.indexOf(c) >= 0) {
                gsmLength++;
            } else {
                return body.length() > MAX_UNICODE
                        ? "is " + body.length() + " characters with non-GSM characters; at most " + MAX_UNICODE
                          + " are spoken" : null;
            }
        }
        return gsmLength > MAX_GSM ? "is " + gsmLength + " GSM characters; at most " + MAX_GSM + " are spoken" : null;
    }
}
