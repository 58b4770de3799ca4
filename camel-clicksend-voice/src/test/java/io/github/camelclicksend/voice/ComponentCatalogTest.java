package io.github.camelclicksend.voice;

import java.io.InputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component JSON that Camel's tooling generated from the annotations: what catalogs, IDEs, the Endpoint DSL and
 * the docs tables are made from. Every option and header must explain itself.
 */
class ComponentCatalogTest {

    static final String JSON = "/META-INF/io/github/camelclicksend/voice/clicksend-voice.json";

    /** The label groups a user sees options sorted into. */
    private static final Set<String> GROUPS = Set.of("common", "producer", "consumer", "security", "proxy",
            "advanced", "scheduler", "health", "producer (advanced)", "consumer (advanced)");

    private static final List<String> DESIGN_OPTIONS = List.of("username", "apiKey", "baseUrl", "connectTimeout",
            "responseTimeout", "proxyHost", "proxyPort", "proxyUsername", "proxyPassword", "sslContextParameters", "to",
            "listId", "voice", "lang", "customString", "country", "source", "schedule", "requireInput",
            "machineDetection", "batchSize", "rejectionPolicy", "resendUnknown", "rateLimitRetries", "markAsRead",
            "markReadGrace", "webhook", "webhookPath", "webhookToken", "webhookExternalUrl", "webhookAutoRegister",
            "webhookComponentName");

    /** Options that only make sense for one call: on the endpoint only, never camel.component.clicksend-voice.*. */
    private static final List<String> DESIGN_CALL_OPTIONS = List.of("messageId", "page", "limit", "dateFrom", "dateTo",
            "filename", "download", "dateBefore", "receiptUrl", "ruleId");

    private static final List<String> DESIGN_INPUT_HEADERS = List.of("To", "ListId", "Voice", "Lang", "CustomString",
            "Country", "Source", "Schedule", "RequireInput", "MachineDetection", "MessageId", "Page", "Limit",
            "DateFrom", "DateTo", "DateBefore", "ReceiptUrl", "RuleId", "Operation");

    private static final List<String> DESIGN_OUTPUT_HEADERS = List.of("HttpCode", "ResponseCode", "ResponseMsg",
            "TotalPrice", "TotalCount", "QueuedCount", "RejectedCount", "Currency", "MessageIds", "BatchCount",
            "AlreadySentCount");

    static JsonNode catalog() throws Exception {
        try (InputStream in = ComponentCatalogTest.class.getResourceAsStream(JSON)) {
            assertThat(in).as("generated component JSON " + JSON).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderHasDescriptionTypeAndGroup() throws Exception {
        JsonNode json = catalog();
        List<String> problems = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> e : json.get(section).properties()) {
                String where = section + "." + e.getKey();
                JsonNode o = e.getValue();
                if (text(o, "description").isBlank()) {
                    problems.add(where + " has no description");
                }
                if (text(o, "javaType").isBlank()) {
                    problems.add(where + " has no javaType");
                }
                if (!section.equals("headers") && text(o, "type").isBlank()) {
                    problems.add(where + " has no type");
                }
                if (!GROUPS.contains(text(o, "group"))) {
                    problems.add(where + " has the group '" + text(o, "group") + "'");
                }
                if ("enum".equals(text(o, "type")) && (o.get("enum") == null || o.get("enum").isEmpty())) {
                    problems.add(where + " is an enum without values");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOptionOfTheDesignIsInTheCatalogInTheRightGroup() throws Exception {
        JsonNode json = catalog();
        for (String option : DESIGN_OPTIONS) {
            assertThat(json.get("properties").has(option)).as("endpoint option " + option).isTrue();
            assertThat(json.get("componentProperties").has(option)).as("component option " + option).isTrue();
        }
        for (String option : DESIGN_CALL_OPTIONS) {
            assertThat(json.get("properties").has(option)).as("endpoint option " + option).isTrue();
            assertThat(json.get("componentProperties").has(option)).as("no component option " + option).isFalse();
        }
        JsonNode p = json.get("properties");
        for (String secret : List.of("username", "apiKey", "proxyUsername", "proxyPassword", "webhookToken")) {
            assertThat(p.get(secret).get("secret").asBoolean()).as(secret + " is secret").isTrue();
        }
        assertThat(text(p.get("apiKey"), "group")).isEqualTo("security");
        assertThat(text(p.get("proxyPassword"), "group")).isEqualTo("proxy");
        assertThat(text(p.get("markAsRead"), "group")).isEqualTo("consumer");
        assertThat(text(p.get("batchSize"), "group")).isEqualTo("producer");
        assertThat(text(p.get("delay"), "group")).as("Camel's scheduler options").isEqualTo("scheduler");
        assertThat(values(p.get("rejectionPolicy").get("enum"))).containsExactly("FAIL", "FAIL_IF_ALL", "IGNORE");
        assertThat(values(p.get("voice").get("enum"))).containsExactly("female", "male");
        assertThat(values(p.get("operation").get("enum"))).containsExactly("send", "price", "history",
                "exportHistory", "languages", "receipts", "receipt", "addTestReceipt", "markReceiptsRead", "cancel",
                "cancelAll", "receiptRules", "receiptRule", "createReceiptRule", "updateReceiptRule",
                "deleteReceiptRule");
        assertThat(text(p.get("markReadGrace"), "defaultValue")).isEqualTo("60");
        assertThat(text(p.get("webhookPath"), "defaultValue")).isEqualTo("/clicksend-voice/receipts");
        assertThat(text(p.get("webhookComponentName"), "defaultValue")).isEqualTo("platform-http");
        assertThat(text(p.get("webhookAutoRegister"), "defaultValue")).isEqualTo("true");
        assertThat(text(p.get("webhook"), "defaultValue")).isEqualTo("false");
        assertThat(text(p.get("operation"), "defaultValue")).isEqualTo("send");
        assertThat(text(p.get("baseUrl"), "defaultValue")).isEqualTo("https://rest.clicksend.com/v3");
    }

    @Test
    void everyHeaderOfTheDesignIsInTheCatalog() throws Exception {
        JsonNode headers = catalog().get("headers");
        for (String name : DESIGN_INPUT_HEADERS) {
            assertThat(headers.has("CamelClickSendVoice" + name)).as("input header " + name).isTrue();
        }
        for (String name : DESIGN_OUTPUT_HEADERS) {
            assertThat(headers.has("CamelClickSendVoice" + name)).as("output header " + name).isTrue();
        }
        assertThat(values(headers.get("CamelClickSendVoiceOperation").get("enum")))
                .containsExactlyElementsOf(Arrays.stream(ClickSendVoiceOperation.values()).map(Enum::name).toList());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
