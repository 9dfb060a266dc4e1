package com.crmplatform.platform.paging;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one paging request of the platform, read from {@code ?page=0&size=20&sort=createdAt,desc}: zero-based
 * page, a size capped at {@link #MAX_SIZE}, and sort orders over the fields the endpoint allows
 * (see {@link Sortable}). Controllers take it as a method argument.
 */
public record PageQuery(int page, int size, List<SortOrder> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * How many rows past this page's offset a list counts at most. Counting every match of a broad search over a
     * million rows costs more than the page itself; beyond this the total is reported as a lower bound.
     */
    public static final int COUNT_WINDOW = 1000;

    public PageQuery {
        sort = List.copyOf(sort);
    }

    public long offset() {
        return (long) page * size;
    }

    /** The most rows {@link #countSql} counts: enough to know the pages around this one. */
    public long countLimit() {
        return offset() + size + COUNT_WINDOW;
    }

    /**
     * {@code SELECT count(*)} over at most {@link #countLimit()} rows of {@code fromWhere} (the SQL after
     * {@code FROM}); give the result to {@code PageResponse.counted(…, countLimit())}.
     */
    public String countSql(String fromWhere) {
        return "SELECT count(*) FROM (SELECT 1 FROM " + fromWhere + " LIMIT " + countLimit() + ") counted";
    }

    /**
     * An SQL {@code ORDER BY} body for these orders; {@code columns} maps each API field to its column, so no
     * client text ever reaches the SQL. {@code tieBreaker} keeps pages stable when sort values repeat.
     */
    public String orderBy(Map<String, String> columns, String tieBreaker) {
        String orders = sort.stream()
                .map(order -> columns.get(order.field()) + (order.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        return orders.isEmpty() ? tieBreaker : orders + ", " + tieBreaker;
    }

    public record SortOrder(String field, boolean descending) {}
}
