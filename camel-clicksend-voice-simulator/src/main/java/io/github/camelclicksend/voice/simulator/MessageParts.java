package io.github.camelclicksend.voice.simulator;

/**
 * Credits of a text-to-speech body (notes section 2.4): 300 GSM characters per credit, or 150 when any
 * character is outside GSM 03.38; at most 4 credits, longer bodies are truncated.
 */
final class MessageParts {

    static final int MAX_PARTS = 4;
    static final int GSM_PER_PART = 300;
    static final int UNICODE_PER_PART = 150;

    // GSM 03.38 basic set and extension table. An extension character counts as one character here:
    // voice bodies are priced per character, not per 7-bit septet.
    private static final String GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà" + "^{}\\[~]|€\f";

    private MessageParts() {
    }

    static boolean isGsm(String text) {
        return text.codePoints().allMatch(cp -> cp < 0x10000 && GSM.indexOf(cp) >= 0);
    }

    /** Number of credits, 0 for an empty body. */
    static int parts(String body) {
        if (body == null || body.isEmpty()) {
            return 0;
        }
        int perPart = isGsm(body) ? GSM_PER_PART : UNICODE_PER_PART;
        int length = body.codePointCount(0, body.length());
        return Math.min(MAX_PARTS, (length + perPart - 1) / perPart);
    }

    /** The body as it would be spoken: cut after {@link #MAX_PARTS} credits. */
    static String truncate(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        int max = MAX_PARTS * (isGsm(body) ? GSM_PER_PART : UNICODE_PER_PART);
        if (body.codePointCount(0, body.length()) <= max) {
            return body;
        }
        return body.substring(0, body.offsetByCodePoints(0, max));
    }
}
