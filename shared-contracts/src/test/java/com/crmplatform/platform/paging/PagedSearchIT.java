package com.crmplatform.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PagedSearch.Search;
import com.crmplatform.platform.test.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Each path of {@link PagedSearch} against the real local PostgreSQL: the right rows, in order, and honest totals. */
class PagedSearchIT {

    static final int ROWS = 20_000;
    static final RowMapper<Integer> NUMBER = (rs, row) -> rs.getInt("number");
    static JdbcClient jdbc;

    @BeforeAll
    static void items() {
        jdbc = JdbcClient.create(new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                TestDatabase.url("platform"),
                TestDatabase.username(),
                TestDatabase.password()));
        // Its own schema: the run's database is shared with tests whose Flyway wants an empty public schema.
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS paged_search").update();
        jdbc.sql("DROP TABLE IF EXISTS paged_search.paged_item").update();
        jdbc.sql(
                        "CREATE TABLE paged_search.paged_item (number int PRIMARY KEY, label text NOT NULL, tenant text NOT NULL)")
                .update();
        // Numbers in a shuffled physical order, so an unordered read is visibly not the sorted one.
        jdbc.sql(
                        "INSERT INTO paged_search.paged_item SELECT n, 'item ' || n, 'acme' FROM generate_series(1, :rows) n ORDER BY md5(n::text)")
                .param("rows", ROWS)
                .update();
        jdbc.sql("ANALYZE paged_search.paged_item").update();
    }

    @Test
    void aSelectiveSearchCountsAndPagesItsMatchesInOneRead() {
        // 1,046 of the 20,000 labels contain two 7s: more than one count window, fewer than one read
        PageResponse<Integer> page = find("label LIKE :keyword", Map.of("keyword", "%7%7%"), true, 1);

        List<Integer> expected = numbersContaining("7%7");
        assertThat(expected).hasSizeGreaterThan(20 + PageQuery.COUNT_WINDOW);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.totalElements()).isEqualTo(expected.size());
        assertThat(page.items()).containsExactlyElementsOf(expected.subList(20, 40));
    }

    @Test
    void aSelectiveSearchMatchingMoreThanTheWindowStillAnswersThePageInOrder() {
        PageResponse<Integer> page = find("label LIKE :keyword", Map.of("keyword", "%1%"), true, 0);

        assertThat(page.items())
                .containsExactlyElementsOf(numbersContaining("1").subList(0, 20));
        assertThat(page.totalExact()).isFalse();
        assertThat(page.totalElements()).isEqualTo(PagedSearch.SELECTIVE_READ_FACTOR * (20 + PageQuery.COUNT_WINDOW));
    }

    @Test
    void aBroadSearchWhosePageIsNotFullKnowsItsTotalWithoutCounting() {
        PageResponse<Integer> page = find("number <= :max", Map.of("max", 15), false, 0);

        assertThat(page.items()).containsExactly(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(page.totalExact()).isTrue();
        assertThat(page.totalElements()).isEqualTo(15);
    }

    @Test
    void aBroadSearchBelowTheEstimateThresholdIsCountedUpToTheWindow() {
        PageResponse<Integer> page = find("number <= :max", Map.of("max", 1500), false, 0);

        assertThat(page.items()).first().isEqualTo(1500);
        assertThat(page.totalExact()).isFalse();
        assertThat(page.totalElements()).isEqualTo(20 + PageQuery.COUNT_WINDOW);

        PageResponse<Integer> small = find("number <= :max", Map.of("max", 500), false, 0);
        assertThat(small.totalExact()).isTrue();
        assertThat(small.totalElements()).isEqualTo(500);
    }

    @Test
    void aBroadSearchFarBeyondTheWindowReportsTheEstimate() {
        PageResponse<Integer> page = find("tenant = :tenant", Map.of("tenant", "acme"), false, 2);

        assertThat(page.items()).containsExactlyElementsOf(descendingFrom(ROWS - 40, 20));
        assertThat(page.totalExact()).isFalse();
        assertThat(page.totalElements()).isBetween((long) ROWS * 8 / 10, (long) ROWS * 12 / 10);
    }

    @Test
    void aPageBeyondTheEndIsEmptyWithTheExactTotal() {
        PageResponse<Integer> page = find("number <= :max", Map.of("max", 30), false, 5);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalExact()).isTrue();
        assertThat(page.totalElements()).isEqualTo(30);
    }

    private static PageResponse<Integer> find(String where, Map<String, Object> params, boolean selective, int page) {
        PageQuery query = new PageQuery(page, 20, List.of());
        var search = new Search("paged_search.paged_item", "i", where, params, "i.number DESC", selective);
        return PagedSearch.find(jdbc, search, query, NUMBER);
    }

    private static List<Integer> numbersContaining(String digits) {
        return jdbc.sql("SELECT number FROM paged_search.paged_item WHERE label LIKE :keyword ORDER BY number DESC")
                .param("keyword", "%" + digits + "%")
                .query(Integer.class)
                .list();
    }

    private static List<Integer> descendingFrom(int first, int count) {
        return java.util.stream.IntStream.range(0, count)
                .map(i -> first - i)
                .boxed()
                .toList();
    }
}
