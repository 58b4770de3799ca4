package io.github.camelclicksend.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the options and headers tables of the component page from the component JSON, and puts them between the
 * page's {@code <!-- NAME: START -->} and {@code <!-- NAME: END -->} markers, replacing what was there.
 */
final class ComponentDocTables {

    static final List<String> SECTIONS = List.of("component-options", "endpoint-options", "message-headers");

    private static final Pattern QUALIFIED = Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    private final JsonNode json;

    ComponentDocTables(JsonNode json) {
        this.json = json;
    }

    /** The page with every marked section rendered afresh from the JSON. */
    String update(String page) {
        String out = page;
        for (String section : SECTIONS) {
            out = replace(out, section, render(section));
        }
        return out;
    }

    String render(String section) {
        return switch (section) {
            case "component-options" -> "The component has " + json.get("componentProperties").size()
                                        + " options, set on the component (or with Spring Boot / Camel Main as "
                                        + "`camel.component.clicksend-voice.*` properties); each endpoint starts from "
                                        + "them.\n\n" + table(json.get("componentProperties"), true);
            case "endpoint-options" -> endpointOptions();
            case "message-headers" -> "The component uses " + json.get("headers").size()
                                      + " message headers. Input headers override the endpoint's options for one "
                                      + "exchange; output headers describe the API's answer.\n\n"
                                      + table(json.get("headers"), true);
            default -> throw new IllegalArgumentException(section);
        };
    }

    private String endpointOptions() {
        List<Map.Entry<String, JsonNode>> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : json.get("properties").properties()) {
            ("path".equals(e.getValue().path("kind").asText()) ? path : query).add(e);
        }
        return "The endpoint is configured using URI syntax `" + json.get("component").get("syntax").asText()
               + "`, with path and query parameters.\n\n"
               + "#### Path parameters (" + path.size() + ")\n\n" + table(path, false)
               + "\n#### Query parameters (" + query.size() + ")\n\n" + table(query, true);
    }

    private static String table(JsonNode options, boolean withGroup) {
        List<Map.Entry<String, JsonNode>> rows = new ArrayList<>();
        options.properties().forEach(rows::add);
        return table(rows, withGroup);
    }

    private static String table(List<Map.Entry<String, JsonNode>> rows, boolean withGroup) {
        StringBuilder sb = new StringBuilder();
        sb.append(withGroup ? "| Name | Group | Description | Default | Type |\n|---|---|---|---|---|\n"
                : "| Name | Description | Default | Type |\n|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode o = row.getValue();
            sb.append("| `").append(row.getKey()).append("` | ");
            if (withGroup) {
                sb.append(o.path("group").asText()).append(" | ");
            }
            sb.append(cell(description(o))).append(" | ")
                    .append(o.hasNonNull("defaultValue") ? "`" + cell(o.get("defaultValue").asText()) + "`" : "")
                    .append(" | `").append(cell(simpleType(o.path("javaType").asText()))).append("` |\n");
        }
        return sb.toString();
    }

    private static String description(JsonNode o) {
        StringBuilder d = new StringBuilder(o.path("description").asText().trim());
        if (o.path("required").asBoolean()) {
            d.append(" *Required.*");
        }
        if (o.path("secret").asBoolean()) {
            d.append(" *Secret: masked in logs and URIs.*");
        }
        JsonNode values = o.get("enum");
        if (values != null && !values.isEmpty()) {
            List<String> v = new ArrayList<>();
            values.forEach(e -> v.add("`" + e.asText() + "`"));
            d.append(" One of: ").append(String.join(", ", v)).append('.');
        }
        return d.toString();
    }

    /** java.util.Map&lt;java.lang.String, java.lang.Object&gt; becomes Map&lt;String, Object&gt;. */
    static String simpleType(String javaType) {
        Matcher m = QUALIFIED.matcher(javaType);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String replace(String page, String section, String content) {
        String start = "<!-- " + section + ": START -->";
        String end = "<!-- " + section + ": END -->";
        int s = page.indexOf(start);
        int e = page.indexOf(end);
        if (s < 0 || e < s || page.indexOf(start, s + 1) >= 0) {
            throw new IllegalStateException("The page needs exactly one " + start + " ... " + end + " pair");
        }
        return page.substring(0, s + start.length()) + "\n" + content + "\n" + page.substring(e);
    }
}
