package io.github.camelclicksend.voice.examples.springboot;

import java.util.List;
import java.util.regex.Pattern;

/** The state changes of an appointment as its INFO lines tell them: {@code appt-42: CONFIRMED}. */
final class StateLog {

    private StateLog() {
    }

    /** The states logged for the appointment, in order. */
    static List<String> states(String log, String id) {
        return Pattern.compile(" INFO .*: " + Pattern.quote(id) + ": ([A-Z]+)\\b").matcher(log).results()
                .map(match -> match.group(1)).toList();
    }
}
