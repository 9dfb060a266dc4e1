package com.crmplatform.billingservice.receivable.persistence;

import com.crmplatform.billingservice.contract.persistence.Amounts;
import com.crmplatform.billingservice.receivable.domain.Aging;
import com.crmplatform.billingservice.receivable.domain.MonthlyCollection;
import com.crmplatform.billingservice.receivable.domain.Receivable;
import com.crmplatform.billingservice.receivable.domain.ReceivableFilter;
import com.crmplatform.billingservice.receivable.domain.ReceivableRepository;
import com.crmplatform.billingservice.receivable.domain.ReceivableStatus;
import com.crmplatform.billingservice.receivable.domain.ReceivableTotals;
import com.crmplatform.billingservice.receivable.domain.SummaryGroup;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The finance reports in SQL over the kept totals ({@link ReceivableSql#KEPT}, {@link ReceivableSql#RECEIVABLES});
 * every query is scoped by tenant first. The status filter is written on the kept columns (not on the computed
 * status), so the indexes on them serve it: paid is {@code collected >= amount}; overdue is not paid with an unpaid
 * installment due before today; outstanding is the rest.
 */
@Repository
class JdbcReceivableRepository implements ReceivableRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "number", "r.number",
            "amount", "r.amount",
            "collected", "r.collected",
            "outstanding", "r.outstanding",
            "overdue", "r.overdue");

    /**
     * The aging from the totals already summed ({@code V5__receivable_aging_totals.sql}): the open contracts' count and
     * unscheduled per owner and currency, and the unpaid per currency and due day (of the tenant, or of one owner
     * with {@code ?ownerId=}), each plus its changes not yet folded (summed per day first, so that changes awaiting the
     * fold add no rows to the buckets' arithmetic); the buckets are sums over due days for
     * {@code :today}. A few hundred rows whatever the number of contracts. {@code %1$s}: the unpaid per day (table
     * and owner condition), {@code %2$s}: the owner condition on the open and change rows, {@code %3$s}: the
     * currency condition.
     */
    private static final String AGING_SUMMED = """
            WITH open AS (
                SELECT o.currency, sum(o.contracts) AS contracts, sum(o.unscheduled) AS unscheduled
                FROM (SELECT currency, contracts, unscheduled FROM receivable_aging_open
                      WHERE tenant = :tenant %2$s %3$s
                      UNION ALL
                      SELECT currency, contracts, unscheduled FROM receivable_aging_change
                      WHERE tenant = :tenant AND due_date IS NULL %2$s %3$s) o
                GROUP BY o.currency),
            days AS (
                SELECT u.currency, u.due_date, sum(u.unpaid) AS unpaid
                FROM (SELECT currency, due_date, unpaid FROM %1$s %3$s
                      UNION ALL
                      SELECT currency, due_date, unpaid FROM receivable_aging_change
                      WHERE tenant = :tenant AND due_date IS NOT NULL %2$s %3$s) u
                GROUP BY u.currency, u.due_date),
            buckets AS (
                SELECT d.currency,
                       COALESCE(sum(d.unpaid) FILTER (WHERE d.due_date >= :today), 0) AS not_yet_due,
                       COALESCE(sum(d.unpaid) FILTER (WHERE :today - d.due_date BETWEEN 1 AND 30), 0) AS d30,
                       COALESCE(sum(d.unpaid) FILTER (WHERE :today - d.due_date BETWEEN 31 AND 60), 0) AS d60,
                       COALESCE(sum(d.unpaid) FILTER (WHERE :today - d.due_date BETWEEN 61 AND 90), 0) AS d90,
                       COALESCE(sum(d.unpaid) FILTER (WHERE :today - d.due_date > 90), 0) AS over90
                FROM days d
                GROUP BY d.currency)
            SELECT p.currency, p.contracts, COALESCE(b.not_yet_due, 0) AS not_yet_due, COALESCE(b.d30, 0) AS d30,
                   COALESCE(b.d60, 0) AS d60, COALESCE(b.d90, 0) AS d90, COALESCE(b.over90, 0) AS over90,
                   p.unscheduled
            FROM open p LEFT JOIN buckets b ON b.currency = p.currency
            WHERE p.contracts > 0
            ORDER BY p.currency
            """;

    /**
     * The aging of a customer's contracts (few), from each contract's kept totals: one pass over its contracts not
     * fully collected (count and unscheduled per currency) and one join of them with their unpaid installments (the
     * buckets), aggregated straight by currency.
     */
    private static final String AGING = """
            WITH per_currency AS (
                SELECT r.currency, count(*) AS contracts,
                       sum(GREATEST(r.outstanding - r.scheduled_unpaid, 0)) AS unscheduled
                FROM %1$s r
                WHERE %2$s AND r.collected < r.amount
                GROUP BY r.currency),
            buckets AS (
                SELECT r.currency,
                       COALESCE(sum(i.unpaid) FILTER (WHERE i.due_date >= :today), 0) AS not_yet_due,
                       COALESCE(sum(i.unpaid) FILTER (WHERE :today - i.due_date BETWEEN 1 AND 30), 0) AS d30,
                       COALESCE(sum(i.unpaid) FILTER (WHERE :today - i.due_date BETWEEN 31 AND 60), 0) AS d60,
                       COALESCE(sum(i.unpaid) FILTER (WHERE :today - i.due_date BETWEEN 61 AND 90), 0) AS d90,
                       COALESCE(sum(i.unpaid) FILTER (WHERE :today - i.due_date > 90), 0) AS over90
                FROM %1$s r JOIN installment_receivable i ON i.tenant = r.tenant AND i.contract_id = r.id
                WHERE %2$s AND r.collected < r.amount AND i.unpaid > 0
                GROUP BY r.currency)
            SELECT p.currency, p.contracts, COALESCE(b.not_yet_due, 0) AS not_yet_due, COALESCE(b.d30, 0) AS d30,
                   COALESCE(b.d60, 0) AS d60, COALESCE(b.d90, 0) AS d90, COALESCE(b.over90, 0) AS over90,
                   p.unscheduled
            FROM per_currency p LEFT JOIN buckets b ON b.currency = p.currency
            ORDER BY p.currency
            """;

    /** How long one statement of a report may run (PostgreSQL's {@code statement_timeout}, in its report's transaction). */
    static final String REPORT_TIMEOUT = "5s";

    /** The same for an export, which writes up to {@code ReceivableService.EXPORT_LIMIT} rows. */
    static final String EXPORT_TIMEOUT = "30s";

    private final JdbcClient jdbc;

    JdbcReceivableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PageResponse<Receivable> search(String tenant, ReceivableFilter filter, LocalDate today, PageQuery page) {
        limitTime(REPORT_TIMEOUT);
        TenantQuery where = where(tenant, filter);
        var search = new PagedSearch.Search(
                ReceivableSql.RECEIVABLES,
                "r",
                where.sql(),
                withToday(where, today),
                page.orderBy(SORT_COLUMNS, "r.id"),
                filter.customerId() != null);
        return PagedSearch.find(jdbc, search, page, JdbcReceivableRepository::toReceivable);
    }

    @Override
    public List<Receivable> all(String tenant, ReceivableFilter filter, LocalDate today, PageQuery order, int limit) {
        limitTime(EXPORT_TIMEOUT);
        TenantQuery where = where(tenant, filter);
        return jdbc.sql("SELECT r.* FROM " + ReceivableSql.RECEIVABLES + " r WHERE " + where.sql() + " ORDER BY "
                        + order.orderBy(SORT_COLUMNS, "r.id") + " LIMIT :limit")
                .params(withToday(where, today))
                .param("limit", limit)
                .query(JdbcReceivableRepository::toReceivable)
                .list();
    }

    @Override
    public List<Aging> aging(String tenant, ReceivableFilter filter, LocalDate today) {
        limitTime(REPORT_TIMEOUT);
        if (filter.customerId() != null) {
            TenantQuery where = where(tenant, filter);
            return jdbc.sql(AGING.formatted(ReceivableSql.KEPT, where.sql()))
                    .params(withToday(where, today))
                    .query((rs, row) -> aging(rs))
                    .list();
        }
        boolean byOwner = filter.ownerId() != null;
        String days = byOwner
                ? "receivable_aging_owner_day WHERE tenant = :tenant AND owner_id = :ownerId"
                : "receivable_aging_day WHERE tenant = :tenant";
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("today", Date.valueOf(today));
        if (byOwner) {
            params.put("ownerId", filter.ownerId());
        }
        if (filter.currency() != null) {
            params.put("currency", filter.currency());
        }
        return jdbc.sql(AGING_SUMMED.formatted(
                        days,
                        byOwner ? "AND owner_id = :ownerId" : "",
                        filter.currency() != null ? "AND currency = :currency" : ""))
                .params(params)
                .query((rs, row) -> aging(rs))
                .list();
    }

    /**
     * Ends a report's statements that run longer than {@code timeout} (for the rest of the report's transaction), so
     * a report whose caller gave up does not go on using the database.
     */
    private void limitTime(String timeout) {
        jdbc.sql("SELECT set_config('statement_timeout', :timeout, true)")
                .param("timeout", timeout)
                .query()
                .singleValue();
    }

    @Override
    public List<ReceivableTotals> totals(String tenant, ReceivableFilter filter, SummaryGroup group, LocalDate today) {
        limitTime(REPORT_TIMEOUT);
        TenantQuery where = where(tenant, filter);
        String key = group == SummaryGroup.CUSTOMER ? "CAST(r.customer_id AS VARCHAR)" : "r.owner_id";
        return jdbc.sql("SELECT " + key + " AS group_key, r.currency, count(*) AS contracts, sum(r.amount) AS amount,"
                        + " sum(r.planned) AS planned, sum(r.collected) AS collected, sum(r.recorded) AS recorded,"
                        + " sum(r.outstanding) AS outstanding, sum(r.overdue) AS overdue"
                        + " FROM " + ReceivableSql.KEPT + " r WHERE " + where.sql()
                        + " GROUP BY 1, 2 ORDER BY 1, 2")
                .params(withToday(where, today))
                .query((rs, row) -> new ReceivableTotals(
                        rs.getString("group_key"),
                        rs.getString("currency"),
                        rs.getLong("contracts"),
                        Amounts.of(rs, "amount"),
                        Amounts.of(rs, "planned"),
                        Amounts.of(rs, "collected"),
                        Amounts.of(rs, "recorded"),
                        Amounts.of(rs, "outstanding"),
                        Amounts.of(rs, "overdue")))
                .list();
    }

    @Override
    public List<MonthlyCollection> collections(
            String tenant, ReceivableFilter filter, YearMonth from, YearMonth to, LocalDate today) {
        limitTime(REPORT_TIMEOUT);
        TenantQuery where = where(tenant, filter)
                .when(from == null ? null : Date.valueOf(from.atDay(1)), "p.received_at >= :fromDay", "fromDay")
                .when(to == null ? null : Date.valueOf(to.plusMonths(1).atDay(1)), "p.received_at < :toDay", "toDay");
        return jdbc.sql("SELECT date_trunc('month', p.received_at)::date AS month, p.currency, count(*) AS payments,"
                        + " sum(p.amount) AS collected"
                        + " FROM payment p JOIN " + ReceivableSql.KEPT + " r"
                        + " ON r.tenant = p.tenant AND r.id = p.contract_id"
                        + " WHERE " + where.sql() + " AND p.status = 'CONFIRMED'"
                        + " GROUP BY 1, 2 ORDER BY 1, 2")
                .params(withToday(where, today))
                .query((rs, row) -> new MonthlyCollection(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getString("currency"),
                        rs.getLong("payments"),
                        Amounts.of(rs, "collected")))
                .list();
    }

    private static TenantQuery where(String tenant, ReceivableFilter filter) {
        return TenantQuery.of("r", tenant)
                .equal("r.customer_id", "customerId", filter.customerId())
                .equal("r.owner_id", "ownerId", filter.ownerId())
                .when(filter.status() == ReceivableStatus.PAID, "r.collected >= r.amount")
                .when(
                        filter.status() == ReceivableStatus.OVERDUE,
                        "r.collected < r.amount AND r.first_unpaid_due < :today")
                .when(
                        filter.status() == ReceivableStatus.OUTSTANDING,
                        "r.collected < r.amount AND (r.first_unpaid_due IS NULL OR r.first_unpaid_due >= :today)")
                .equal("r.currency", "currency", filter.currency());
    }

    private static Map<String, Object> withToday(TenantQuery where, LocalDate today) {
        Map<String, Object> params = where.params();
        params.put("today", Date.valueOf(today));
        return params;
    }

    private static Aging aging(ResultSet rs) throws SQLException {
        var buckets = List.of(
                Amounts.of(rs, "not_yet_due"),
                Amounts.of(rs, "d30"),
                Amounts.of(rs, "d60"),
                Amounts.of(rs, "d90"),
                Amounts.of(rs, "over90"),
                Amounts.of(rs, "unscheduled"));
        return new Aging(
                rs.getString("currency"),
                rs.getLong("contracts"),
                buckets.get(0),
                buckets.get(1),
                buckets.get(2),
                buckets.get(3),
                buckets.get(4),
                buckets.get(5),
                buckets.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Receivable toReceivable(ResultSet rs, int row) throws SQLException {
        return new Receivable(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getString("title"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("owner_id"),
                rs.getString("currency"),
                rs.getString("status"),
                Amounts.of(rs, "amount"),
                Amounts.of(rs, "planned"),
                Amounts.of(rs, "collected"),
                Amounts.of(rs, "recorded"),
                Amounts.of(rs, "outstanding"),
                Amounts.of(rs, "overdue"),
                ReceivableStatus.valueOf(rs.getString("receivable_status")));
    }
}
