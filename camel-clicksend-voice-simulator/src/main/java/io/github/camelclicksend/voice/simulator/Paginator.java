package io.github.camelclicksend.voice.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Laravel-style page: {@code total, per_page, current_page, last_page, next_page_url, prev_page_url,
 * from, to, data}. {@code limit} defaults to 15 and is clamped to 15..100; an empty list has
 * {@code last_page} 0 as observed on the live API.
 */
final class Paginator {

    static final int DEFAULT_LIMIT = 15;
    static final int MIN_LIMIT = 15;
    static final int MAX_LIMIT = 100;

    private Paginator() {
    }

    /**
     * @param selfUrl absolute URL of the endpoint without query, for {@code next_page_url}/{@code prev_page_url}
     * @param query   the request's query; its other parameters are kept in the page URLs
     */
    static <T> Map<String, Object> page(List<T> items, Map<String, String> query, String selfUrl,
                                        Function<T, Object> render) {
        int page = Math.max(1, intParam(query.get("page"), 1));
        int limit = Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, intParam(query.get("limit"), DEFAULT_LIMIT)));
        int total = items.size();
        int lastPage = (total + limit - 1) / limit;
        int fromIndex = (int) Math.min(total, (long) (page - 1) * limit);
        int toIndex = Math.min(total, fromIndex + limit);
        List<Object> data = items.subList(fromIndex, toIndex).stream().map(render).toList();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total", total);
        result.put("per_page", limit);
        result.put("current_page", page);
        result.put("last_page", lastPage);
        result.put("next_page_url", page < lastPage ? url(selfUrl, query, page + 1) : null);
        result.put("prev_page_url", page > 1 ? url(selfUrl, query, page - 1) : null);
        result.put("from", data.isEmpty() ? null : fromIndex + 1);
        result.put("to", data.isEmpty() ? null : toIndex);
        result.put("data", data);
        return result;
    }

    private static String url(String selfUrl, Map<String, String> query, int page) {
        StringBuilder url = new StringBuilder(selfUrl).append("?page=").append(page);
        query.forEach((name, value) -> {
            if (!name.equals("page")) {
                url.append('&').append(encode(name)).append('=').append(encode(value));
            }
        });
        return url.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static int intParam(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
