package com.crmplatform.contracts.common;

import java.util.List;
import java.util.function.Function;

/**
 * The one paging response shape of the platform: the items of one page plus where that page sits.
 *
 * @param items the page's rows
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalElements rows matching the query across all pages; when {@code totalExact} is false, a lower bound
 * @param totalPages pages needed for {@code totalElements} at this size
 * @param totalExact false when counting stopped early (a search matching a large part of a big table): there are
 *     at least {@code totalElements} rows, and the next pages can still be fetched
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

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new PageResponse<>(mapped, page, size, totalElements, totalPages, totalExact);
    }

    private static int pages(long totalElements, int size) {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}
