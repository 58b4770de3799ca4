package io.github.camelclicksend.voice.simulator;

import java.util.List;

/** The history file behind {@code GET /voice/history/export}: a header line, then one line per call (RFC 4180). */
final class CsvExport {

    static final String HEADER = "message_id,date_added,to,list_id,body,lang,voice,schedule,custom_string,"
            + "country,status,message_parts,message_price";

    private CsvExport() {
    }

    static String render(List<SimulatedCall> calls) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SimulatedCall c : calls) {
            csv.append(String.join(",",
                    field(c.messageId()),
                    field(c.dateAdded().getEpochSecond()),
                    field(c.to()),
                    field(c.listId()),
                    field(c.body()),
                    field(c.lang()),
                    field(c.voice()),
                    field(c.schedule()),
                    field(c.customString()),
                    field(c.country()),
                    field(c.status()),
                    field(c.messageParts()),
                    field(c.messagePrice().toPlainString())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
