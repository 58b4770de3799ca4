package io.github.camelclicksend.voice.client;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What went wrong in a piece of JSON, said for users: Jackson's own reason and where, without its internal notes on
 * the source ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ...]}).
 */
public final class JsonProblems {

    private static final Pattern SOURCE_NOTE = Pattern.compile("\\s*\\((?:start marker at )?\\[Source: [^\\]]*\\]\\)"
                                                               + "|\\s*\\[Source: [^\\]]*\\]");

    private JsonProblems() {
    }

    /** e.g. {@code Unexpected end-of-input: expected close marker for Object, at line 1, column 40}. */
    public static String describe(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage());
        int newline = reason.indexOf('\n');
        reason = SOURCE_NOTE.matcher(newline < 0 ? reason : reason.substring(0, newline)).replaceAll("").trim();
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? reason
                : reason + ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
