package com.crmplatform.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmplatform.contracts.common.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Big lists count up to a window past the page; reaching it makes the total a lower bound. */
class CappedCountTests {

    @Test
    void countsEnoughRowsToKnowThePagesAroundThisOne() {
        PageQuery third = new PageQuery(2, 20, List.of());

        assertThat(third.countLimit()).isEqualTo(40 + 20 + PageQuery.COUNT_WINDOW);
        assertThat(third.countSql("lead WHERE tenant = :tenant"))
                .isEqualTo("SELECT count(*) FROM (SELECT 1 FROM lead WHERE tenant = :tenant LIMIT 1060) counted");
    }

    @Test
    void aCountBelowTheLimitIsExact() {
        PageResponse<String> page = PageResponse.counted(List.of("a"), 0, 20, 41, 1020);

        assertThat(page.totalExact()).isTrue();
        assertThat(page.totalElements()).isEqualTo(41);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void aCountThatReachedTheLimitIsALowerBound() {
        PageResponse<String> page = PageResponse.counted(List.of("a"), 0, 20, 1020, 1020);

        assertThat(page.totalExact()).isFalse();
        assertThat(page.totalElements()).isEqualTo(1020);
        assertThat(page.totalPages()).isEqualTo(51);
        assertThat(page.map(String::length).totalExact()).isFalse();
    }
}
