package io.github.camelclicksend.voice.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a paged API list (history, receipts). */
public final class Page<T> {

    private final List<T> items;
    private final int total;
    private final int perPage;
    private final int currentPage;
    private final int lastPage;
    private final boolean next;

    public Page(List<T> items, int total, int perPage, int currentPage, int lastPage, boolean next) {
        this.items = List.copyOf(items);
        this.total = total;
        this.perPage = perPage;
        this.currentPage = currentPage;
        this.lastPage = lastPage;
        this.next = next;
    }

    public List<T> getItems() {
        return items;
    }

    /** The number of items across all pages. */
    public int getTotal() {
        return total;
    }

    public int getPerPage() {
        return perPage;
    }

    public int getCurrentPage() {
        return currentPage;
    }

    public int getLastPage() {
        return lastPage;
    }

    /** Whether a page follows this one. */
    @JsonProperty("hasNext")
    public boolean hasNext() {
        return next;
    }

    @Override
    public String toString() {
        return "Page[" + currentPage + "/" + lastPage + ", items=" + items.size() + ", total=" + total + "]";
    }
}
