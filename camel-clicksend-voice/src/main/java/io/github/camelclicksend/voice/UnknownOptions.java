package io.github.camelclicksend.voice;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.support.PluginHelper;

/**
 * Says which endpoint options are unknown and which known one was probably meant ({@code volce} - {@code voice}):
 * Camel's runtime catalog's suggestion where it makes one (when a suggestion strategy is set on it), else the
 * nearest name of the component's generated option list.
 */
final class UnknownOptions {

    private UnknownOptions() {
    }

    static String describe(CamelContext context, String scheme, Collection<String> unknown) {
        Map<String, String> suggestions = catalogSuggestions(context, scheme, unknown);
        Set<String> options = context.getCamelContextExtension().getEndpointUriFactory(scheme).propertyNames();
        StringJoiner text = new StringJoiner(", ", unknown.size() == 1 ? "Unknown option " : "Unknown options ", "");
        for (String name : new TreeSet<>(unknown)) {
            String meant = suggestions.getOrDefault(name, nearest(name, options));
            text.add(meant == null ? name : name + " (did you mean " + meant + "?)");
        }
        return text.toString();
    }

    private static Map<String, String> catalogSuggestions(CamelContext context, String scheme,
                                                          Collection<String> unknown) {
        Map<String, String> found = new TreeMap<>();
        try {
            Map<String, String> asText = new TreeMap<>();
            unknown.forEach(name -> asText.put(name, ""));
            EndpointValidationResult result = PluginHelper.getRuntimeCamelCatalog(context)
                    .validateProperties(scheme, asText);
            Map<?, ?> offered = result.getUnknownSuggestions();
            if (offered != null) {
                offered.forEach((name, names) -> {
                    if (names instanceof String[] list && list.length > 0) {
                        found.put(String.valueOf(name), String.join(" or ", list));
                    }
                });
            }
        } catch (RuntimeException noCatalog) {
            // a runtime without camel-core-catalog: the generated option list answers alone
        }
        return found;
    }

    /**
     * The option with the fewest edits from the name (case ignored), if it is close enough to be a typo of it: at
     * most 2 edits, or one in three characters of a longer name.
     */
    private static String nearest(String name, Set<String> options) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 3) + 1;
        for (String option : options) {
            int d = distance(name.toLowerCase(Locale.ROOT), option.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = option;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions or substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
