package io.github.camelclicksend.voice.client;

import java.util.List;

import io.github.camelclicksend.voice.model.Page;

/** The API's Laravel-style paginator, as read from the wire. */
final class ApiPage<T> {
    int total;
    int perPage;
    int currentPage;
    int lastPage;
    String nextPageUrl;
    List<T> data;

    Page<T> toPage() {
        boolean next = nextPageUrl != null && !nextPageUrl.isBlank() || currentPage < lastPage;
        return new Page<>(data == null ? List.of() : data, total, perPage, currentPage, lastPage, next);
    }
}
