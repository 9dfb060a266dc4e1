package com.crmplatform.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantQueryTests {

    @Test
    void startsWithTheTenantAndSkipsAbsentFilters() {
        TenantQuery query = TenantQuery.of("o", "acme")
                .equal("o.stage", "stage", null)
                .atLeast("o.amount", "amountMin", new BigDecimal("10.00"))
                .atMost("o.amount", "amountMax", null)
                .contains("o.name", "keyword", null);

        assertThat(query.sql()).isEqualTo("o.tenant = :tenant AND o.amount >= :amountMin");
        assertThat(query.params()).containsOnlyKeys("tenant", "amountMin").containsEntry("tenant", "acme");
    }

    @Test
    void bindsEnumsByNameAndEscapesLikeWildcards() {
        TenantQuery query = TenantQuery.of("c", "acme")
                .equal("c.day", "day", DayOfWeek.MONDAY)
                .in("c.other", "others", List.of(DayOfWeek.FRIDAY))
                .contains("c.name", "keyword", "50%_off\\");

        assertThat(query.sql())
                .isEqualTo("c.tenant = :tenant AND c.day = :day AND c.other IN (:others) AND c.name ILIKE :keyword");
        assertThat(query.params())
                .containsEntry("day", "MONDAY")
                .containsEntry("others", List.of("FRIDAY"))
                .containsEntry("keyword", "%50\\%\\_off\\\\%");
    }

    @Test
    void anEmptyInListMatchesNothing() {
        assertThat(TenantQuery.of("c", "acme").in("c.id", "ids", List.of()).sql())
                .isEqualTo("c.tenant = :tenant AND FALSE");
    }

    @Test
    void refusesToBindOneParameterTwice() {
        TenantQuery query = TenantQuery.of("c", "acme").equal("c.a", "x", 1);
        assertThatThrownBy(() -> query.atLeast("c.b", "x", 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void takesConditionsBuiltElsewhereAndBindsTimesAsJdbcTypes() {
        TenantQuery query = TenantQuery.of("l", "acme")
                .where(TenantQuery.Condition.anyOf(
                        List.of("l.owner_id = :me", "l.owner_id IS NULL"), java.util.Map.of("me", "u1")))
                .where(null)
                .below("l.created_at", "createdTo", java.time.Instant.parse("2026-12-01T00:00:00Z"))
                .equal("l.close", "close", java.time.LocalDate.parse("2027-01-31"));

        assertThat(query.sql())
                .isEqualTo("l.tenant = :tenant AND (l.owner_id = :me OR l.owner_id IS NULL)"
                        + " AND l.created_at < :createdTo AND l.close = :close");
        assertThat(query.params().get("createdTo")).isInstanceOf(java.sql.Timestamp.class);
        assertThat(query.params().get("close")).isEqualTo(java.sql.Date.valueOf("2027-01-31"));
        assertThat(TenantQuery.of("l", "acme")
                        .where(TenantQuery.Condition.anyOf(List.of(), java.util.Map.of()))
                        .sql())
                .isEqualTo("l.tenant = :tenant AND FALSE");
    }
}
