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
        int fromIndex = Math.min(items.size(), offset(query));
        List<T> slice = items.subList(fromIndex, Math.min(items.size(), fromIndex + limit(query)));
        return page(items.size(), slice, query, selfUrl, render);
    }

    /** A page whose items were already cut from a list of {@code total} (at {@link #offset(Map)}). */
    static <T> Map<String, Object> page(int total, List<T> slice, Map<String, String> query, String selfUrl,
                                        Function<T, Object> render) {
        int page = pageNumber(query);
        int limit = limit(query);
        int lastPage = (total + limit - 1) / limit;
        int fromIndex = (int) Math.min(total, (long) (page - 1) * limit);
        List<Object> data = slice.stream().map(render).toList();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("total", total);
        result.put("per_page", limit);
        result.put("current_page", page);
        result.put("last_page", lastPage);
        result.put("next_page_url", page < lastPage ? url(selfUrl, query, page + 1) : null);
        result.put("prev_page_url", page > 1 ? url(selfUrl, query, page - 1) : null);
        result.put("from", data.isEmpty() ? null : fromIndex + 1);
        result.put("to", data.isEmpty() ? null : fromIndex + data.size());
        result.put("data", data);
        return result;
    }

    /** The requested page number, at least 1. */
    static int pageNumber(Map<String, String> query) {
        return Math.max(1, intParam(query.get("page"), 1));
    }

    /** The requested page size, clamped to 15..100. */
    static int limit(Map<String, String> query) {
        return Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, intParam(query.get("limit"), DEFAULT_LIMIT)));
    }

    /** The index of the page's first item. */
    static int offset(Map<String, String> query) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (pageNumber(query) - 1) * limit(query));
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
