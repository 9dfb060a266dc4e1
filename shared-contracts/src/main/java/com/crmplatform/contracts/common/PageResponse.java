package com.crmplatform.contracts.common;

import java.util.List;
import java.util.function.Function;

/**
 * The one paging response shape of the platform: the items of one page plus where that page sits.
 *
 * @param items the page's rows
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalElements rows matching the query across all pages; approximate when {@code totalExact} is false
 * @param totalPages pages needed for {@code totalElements} at this size
 * @param totalExact false when the total was not counted to the end (a search matching a large part of a big
 *     table): {@code totalElements} is then either a lower bound (counting stopped at a window past the page) or
 *     the database's estimate, fit for "about N" in a UI; the next pages can be fetched while pages come back full
 */
public record PageResponse<T>(
        List<T> items, int page, int size, long totalElements, int totalPages, boolean totalExact) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** A page whose total was counted exactly. */
    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalElements) {
        return new PageResponse<>(items, page, size, totalElements, pages(totalElements, size), true);
    }

    /**
     * A page whose total was counted up to {@code countLimit} rows: reaching the limit means "at least that many".
     */
    public static <T> PageResponse<T> counted(List<T> items, int page, int size, long counted, long countLimit) {
        boolean exact = counted < countLimit;
        return new PageResponse<>(items, page, size, counted, pages(counted, size), exact);
    }

    /** A page of a search estimated to match {@code estimate} rows, too many to count on every request. */
    public static <T> PageResponse<T> estimated(List<T> items, int page, int size, long estimate) {
        return new PageResponse<>(items, page, size, estimate, pages(estimate, size), false);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new PageResponse<>(mapped, page, size, totalElements, totalPages, totalExact);
    }

    private static int pages(long totalElements, int size) {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}
