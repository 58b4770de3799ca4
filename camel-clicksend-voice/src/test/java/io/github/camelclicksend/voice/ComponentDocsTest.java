package io.github.camelclicksend.voice;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options and headers tables of docs/clicksend-voice-component.md are the component JSON's, rendered: this test
 * fails when they differ. To rewrite them from the JSON:
 * {@code mvn -pl camel-clicksend-voice test -Dtest=ComponentDocsTest -Dclicksend.docs.update=true}
 */
class ComponentDocsTest {

    static final Path PAGE = Path.of("..", "docs", "clicksend-voice-component.md");
    static final String UPDATE = "clicksend.docs.update";

    @Test
    void docsTablesMatchTheComponentJson() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        String expected = new ComponentDocTables(ComponentCatalogTest.catalog()).update(page);
        if (Boolean.getBoolean(UPDATE) && !page.equals(expected)) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
            page = Files.readString(PAGE, StandardCharsets.UTF_8);
        }
        assertThat(page.equals(expected))
                .as(PAGE + " has options or headers tables that differ from the component JSON, first at: "
                    + firstDifference(page, expected) + "\nRewrite them with: mvn -pl camel-clicksend-voice test "
                    + "-Dtest=ComponentDocsTest -D" + UPDATE + "=true")
                .isTrue();
    }

    private static String firstDifference(String actual, String expected) {
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String left = i < a.length ? a[i] : "<end of page>";
            String right = i < e.length ? e[i] : "<end of page>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + "\n  docs: " + left + "\n  JSON: " + right;
            }
        }
        return "nowhere";
    }

    @Test
    void tablesListEveryOptionAndHeader() throws Exception {
        var json = ComponentCatalogTest.catalog();
        ComponentDocTables tables = new ComponentDocTables(json);
        String options = tables.render("endpoint-options");
        json.get("properties").properties()
                .forEach(e -> assertThat(options).contains("| `" + e.getKey() + "` |"));
        String headers = tables.render("message-headers");
        json.get("headers").properties()
                .forEach(e -> assertThat(headers).contains("| `" + e.getKey() + "` |"));
        assertThat(options).contains("One of: `FAIL`, `FAIL_IF_ALL`, `IGNORE`.");
        assertThat(tables.render("component-options")).contains("| `apiKey` | security |").contains("*Secret");
    }

    @Test
    void aStaleTableIsDetected() throws Exception {
        ComponentDocTables tables = new ComponentDocTables(ComponentCatalogTest.catalog());
        String fresh = tables.update(Files.readString(PAGE, StandardCharsets.UTF_8));
        String stale = fresh.replace("| `batchSize` |", "| `batchSizes` |");

        assertThat(stale).isNotEqualTo(fresh);
        assertThat(tables.update(stale)).isEqualTo(fresh);
    }

    @Test
    void javaTypesAreShownWithoutPackages() {
        assertThat(ComponentDocTables.simpleType("java.util.Map<java.lang.String, java.lang.Object>"))
                .isEqualTo("Map<String, Object>");
        assertThat(ComponentDocTables.simpleType("io.github.camelclicksend.voice.ClickSendVoiceRejectionPolicy"))
                .isEqualTo("ClickSendVoiceRejectionPolicy");
        assertThat(ComponentDocTables.simpleType("int")).isEqualTo("int");
    }
}
