package com.crmplatform.platform.paging;

import com.crmplatform.contracts.common.PageResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list search and its total, each read at the least cost the search allows. Every list endpoint
 * over a big table pages through this; docs/benchmarks.md has the measurements behind each path.
 *
 * <ul>
 *   <li>A <b>selective</b> search (a keyword) reads its matches once: the page and the count come from one
 *       statement over at most {@link #SELECTIVE_READ_FACTOR} count windows of matches. Only when that many match
 *       is the page read again in the requested order, and the total is that lower bound.
 *   <li>A <b>broad</b> search (filters only) reads one row past the page. A page that is not full tells the total
 *       exactly. Otherwise the planner's row estimate decides: a search it expects to match far more rows than the
 *       count window reports that estimate ({@code totalExact: false}) instead of counting; anything else is
 *       counted up to the window.
 * </ul>
 */
public final class PagedSearch {

    /** A broad search estimated at this many count windows or more reports the estimate instead of counting. */
    static final int ESTIMATE_FACTOR = 10;

    /** A selective search reads at most this many count windows of matches in its one statement. */
    static final int SELECTIVE_READ_FACTOR = 5;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private PagedSearch() {}

    /**
     * A search over {@code table}, aliased {@code alias} in {@code where} and in {@code orderBy} (the ORDER BY
     * body, from {@link PageQuery#orderBy}). {@code selective} marks a search expected to match few rows (a
     * keyword), whose matches are cheaper to read once than to count and page separately.
     */
    public record Search(
            String table, String alias, String where, Map<String, Object> params, String orderBy, boolean selective) {

        public Search {
            params = Collections.unmodifiableMap(new HashMap<>(params)); // values may be null
        }
    }

    public static <T> PageResponse<T> find(JdbcClient jdbc, Search search, PageQuery page, RowMapper<T> rows) {
        return search.selective() ? readMatchesOnce(jdbc, search, page, rows) : pageThenTotal(jdbc, search, page, rows);
    }

    private static <T> PageResponse<T> readMatchesOnce(
            JdbcClient jdbc, Search search, PageQuery page, RowMapper<T> rows) {
        String a = search.alias();
        String sql = "WITH matched AS MATERIALIZED (SELECT " + a + ".* FROM " + search.table() + " " + a
                + " WHERE " + search.where() + " LIMIT :searchReadLimit) "
                + "SELECT counted.total AS search_total, on_page.* FROM (SELECT count(*) AS total FROM matched) counted"
                + " LEFT JOIN LATERAL (SELECT TRUE AS search_on_page, " + a + ".* FROM matched " + a + " ORDER BY "
                + search.orderBy() + " LIMIT :searchLimit OFFSET :searchOffset) on_page ON TRUE";
        List<T> items = new ArrayList<>();
        long[] counted = {0};
        jdbc.sql(sql).params(pagedParams(search, page, page.size())).query(rs -> {
            counted[0] = rs.getLong("search_total");
            if (rs.getObject("search_on_page") != null) {
                items.add(rows.mapRow(rs, items.size()));
            }
        });
        long readLimit = readLimit(page);
        if (counted[0] < readLimit) {
            return PageResponse.counted(items, page.page(), page.size(), counted[0], readLimit);
        }
        // More matches than were read: the page above came from an arbitrary subset, so read it in order.
        List<T> ordered = readPage(jdbc, search, page, page.size(), rows);
        return PageResponse.counted(ordered, page.page(), page.size(), counted[0], readLimit);
    }

    private static <T> PageResponse<T> pageThenTotal(
            JdbcClient jdbc, Search search, PageQuery page, RowMapper<T> rows) {
        List<T> fetched = readPage(jdbc, search, page, page.size() + 1, rows);
        boolean more = fetched.size() > page.size();
        List<T> items = more ? fetched.subList(0, page.size()) : fetched;
        if (!more && (!items.isEmpty() || page.offset() == 0)) {
            return PageResponse.of(items, page.page(), page.size(), page.offset() + items.size());
        }
        if (more) {
            long estimate = estimateRows(jdbc, search);
            if (estimate >= (long) ESTIMATE_FACTOR * page.countLimit()) {
                return PageResponse.estimated(
                        items, page.page(), page.size(), Math.max(estimate, page.offset() + items.size() + 1));
            }
        }
        long counted = jdbc.sql(page.countSql(search.table() + " " + search.alias() + " WHERE " + search.where()))
                .params(search.params())
                .query(Long.class)
                .single();
        return PageResponse.counted(items, page.page(), page.size(), counted, page.countLimit());
    }

    private static <T> List<T> readPage(JdbcClient jdbc, Search search, PageQuery page, int limit, RowMapper<T> rows) {
        String a = search.alias();
        return jdbc.sql("SELECT " + a + ".* FROM " + search.table() + " " + a + " WHERE " + search.where()
                        + " ORDER BY " + search.orderBy() + " LIMIT :searchLimit OFFSET :searchOffset")
                .params(pagedParams(search, page, limit))
                .query(rows)
                .list();
    }

    /** The planner's estimate of the matching rows: planning only, nothing is read. */
    private static long estimateRows(JdbcClient jdbc, Search search) {
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM " + search.table() + " " + search.alias()
                        + " WHERE " + search.where())
                .params(search.params())
                .query(String.class)
                .single();
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static long readLimit(PageQuery page) {
        return (long) SELECTIVE_READ_FACTOR * page.countLimit();
    }

    private static Map<String, Object> pagedParams(Search search, PageQuery page, int limit) {
        Map<String, Object> params = new HashMap<>(search.params());
        params.put("searchReadLimit", readLimit(page));
        params.put("searchLimit", limit);
        params.put("searchOffset", page.offset());
        return params;
    }
}
