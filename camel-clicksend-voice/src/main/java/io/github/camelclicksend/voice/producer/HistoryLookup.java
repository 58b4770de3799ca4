package io.github.camelclicksend.voice.producer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelclicksend.voice.client.ClickSendVoiceClient;
import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;

/**
 * Finds the calls of ClickSend's history whose custom_string is one of some keys, comparing custom_string exactly on
 * every record read, whatever the API made of the search. Takes the cheaper of two ways: one search per key
 * ({@code q=custom_string:<key>}), or one pass over every call since {@code dateFrom}, whose first page says how many
 * pages the pass costs. Pages are oldest first, so calls placed meanwhile only add pages at the end.
 */
final class HistoryLookup {

    static final int PAGE_SIZE = 100;
    static final String OLDEST_FIRST = "date_added:asc";

    private final ClickSendVoiceClient client;

    HistoryLookup(ClickSendVoiceClient client) {
        this.client = client;
    }

    /** The records of each key found, oldest first; keys not found are absent. */
    Map<String, List<VoiceHistoryRecord>> find(Collection<String> keys, long dateFrom) {
        Set<String> wanted = Set.copyOf(keys);
        boolean searchable = wanted.stream().allMatch(HistoryLookup::searchable);
        Map<String, List<VoiceHistoryRecord>> found = new HashMap<>();
        if (searchable && wanted.size() == 1) {
            search(wanted.iterator().next(), dateFrom, found);
            return found;
        }
        Page<VoiceHistoryRecord> first = page(dateFrom, 1, null);
        int pagesLeft = Math.max(0, first.getLastPage() - 1);
        if (!searchable || pagesLeft <= wanted.size()) {
            collect(first, wanted, found);
            for (int page = 2; more(first); page++) {
                first = page(dateFrom, page, null);
                collect(first, wanted, found);
            }
            return found;
        }
        for (String key : wanted) {
            search(key, dateFrom, found);
        }
        return found;
    }

    private void search(String key, long dateFrom, Map<String, List<VoiceHistoryRecord>> found) {
        Set<String> wanted = Set.of(key);
        Page<VoiceHistoryRecord> page;
        int number = 1;
        do {
            page = page(dateFrom, number++, "custom_string:" + key);
            collect(page, wanted, found);
        } while (more(page));
    }

    private static boolean more(Page<VoiceHistoryRecord> page) {
        return page.hasNext() && !page.getItems().isEmpty();
    }

    private Page<VoiceHistoryRecord> page(long dateFrom, int page, String q) {
        return client.history(dateFrom, null, page, PAGE_SIZE, q, OLDEST_FIRST).data();
    }

    private static void collect(Page<VoiceHistoryRecord> page, Set<String> wanted,
                                Map<String, List<VoiceHistoryRecord>> found) {
        for (VoiceHistoryRecord record : page.getItems()) {
            String key = record.getCustomString();
            if (key != null && wanted.contains(key)) {
                found.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
            }
        }
    }

    /** q is {@code field:value[,field:value]}: a key with a comma or a colon cannot be said in it unambiguously. */
    private static boolean searchable(String key) {
        return key.indexOf(',') < 0 && key.indexOf(':') < 0;
    }
}
