package com.crmplatform.contracts.common;

import java.util.List;
import java.util.function.Function;

/**
 * The one paging response shape of the platform: the items of one page plus where that page sits.
 *
 * @param items the page's rows
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalElements rows matching the query across all pages
 * @param totalPages pages needed for {@code totalElements} at this size
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public PageResponse {
        items = List.copyOf(items);
    }

    public static <T> PageResponse<T> of(List<T> items, int page, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageResponse<>(items, page, size, totalElements, totalPages);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = items.stream().<R>map(mapper).toList();
        return new PageResponse<>(mapped, page, size, totalElements, totalPages);
    }
}
