package com.crmplatform.customerservice.recycling.persistence;

import com.crmplatform.customerservice.customer.persistence.RecycleDueSql;
import com.crmplatform.customerservice.recycling.domain.DueCustomer;
import com.crmplatform.customerservice.recycling.domain.RecyclingRepository;
import com.crmplatform.customerservice.recycling.domain.RecyclingRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recycling job's queries: every tenant's owned customers joined with the tenant's own rules, the configured
 * defaults filling in for tenants without a row. The due dates come from {@link RecycleDueSql}, the definition
 * the customer list's {@code recycleDueWithinDays} filter uses too.
 */
@Repository
class JdbcRecyclingRepository implements RecyclingRepository {

    private static final String NO_FOLLOW_UP_DAYS = "COALESCE(r.no_follow_up_days, :defaultNoFollowUpDays)";
    private static final String NO_DEAL_DAYS = "COALESCE(r.no_deal_days, :defaultNoDealDays)";
    private static final String WARN_DAYS = "COALESCE(r.warn_days_before, :defaultWarnDaysBefore)";
    private static final String DUE_AT = RecycleDueSql.dueAt(NO_FOLLOW_UP_DAYS, NO_DEAL_DAYS);

    /** The candidates of both queries with their due dates; the caller adds the window and the lock. */
    private static final String CANDIDATES = "SELECT c.tenant, c.id, c.owner_id, "
            + RecycleDueSql.followUpDueAt(NO_FOLLOW_UP_DAYS) + " AS follow_up_due_at, "
            + RecycleDueSql.dealDueAt(NO_DEAL_DAYS) + " AS deal_due_at, "
            + NO_FOLLOW_UP_DAYS + " AS no_follow_up_days, " + NO_DEAL_DAYS + " AS no_deal_days"
            + " FROM customer c LEFT JOIN customer_recycling_rules r ON r.tenant = c.tenant"
            + " WHERE COALESCE(r.enabled, CAST(:defaultEnabled AS BOOLEAN)) AND "
            + RecycleDueSql.recyclable("COALESCE(r.exempt_with_deal, CAST(:defaultExemptWithDeal AS BOOLEAN))");

    private final JdbcClient jdbc;

    JdbcRecyclingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DueCustomer> lockDue(Instant now, RecyclingRules defaults, int limit) {
        return withDefaults(
                        CANDIDATES + " AND " + DUE_AT + " <= :now"
                                + " ORDER BY c.owned_since LIMIT :limit FOR UPDATE OF c SKIP LOCKED",
                        defaults)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(JdbcRecyclingRepository::toDueCustomer)
                .list();
    }

    @Override
    public List<DueCustomer> markEnteringWarning(Instant now, RecyclingRules defaults, int limit) {
        // One statement computes the due date and stores it as warned, so the stored value is exactly the one the
        // next run compares with: a customer is warned again only when its owner or its due date changes.
        String entering = CANDIDATES + " AND " + WARN_DAYS + " > 0"
                + " AND " + DUE_AT + " > :now"
                + " AND " + DUE_AT + " - " + WARN_DAYS + " * INTERVAL '1 day' <= :now"
                + " AND c.recycle_warned_due_at IS DISTINCT FROM " + DUE_AT
                + " ORDER BY c.owned_since LIMIT :limit FOR UPDATE OF c SKIP LOCKED";
        return withDefaults(
                        "WITH entering AS (" + entering + ")"
                                + " UPDATE customer c"
                                + " SET recycle_warned_due_at = LEAST(e.follow_up_due_at, e.deal_due_at)"
                                + " FROM entering e WHERE c.id = e.id"
                                + " RETURNING e.tenant, e.id, e.owner_id, e.follow_up_due_at, e.deal_due_at,"
                                + " e.no_follow_up_days, e.no_deal_days",
                        defaults)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(JdbcRecyclingRepository::toDueCustomer)
                .list();
    }

    private JdbcClient.StatementSpec withDefaults(String sql, RecyclingRules defaults) {
        return jdbc.sql(sql)
                .param("defaultEnabled", defaults.enabled())
                .param("defaultNoFollowUpDays", defaults.noFollowUpDays())
                .param("defaultNoDealDays", defaults.noDealDays())
                .param("defaultWarnDaysBefore", defaults.warnDaysBefore())
                .param("defaultExemptWithDeal", defaults.exemptWithDeal());
    }

    private static DueCustomer toDueCustomer(ResultSet rs, int row) throws SQLException {
        Timestamp dealDue = rs.getTimestamp("deal_due_at");
        return new DueCustomer(
                rs.getString("tenant"),
                rs.getObject("id", UUID.class),
                rs.getString("owner_id"),
                rs.getTimestamp("follow_up_due_at").toInstant(),
                dealDue == null ? null : dealDue.toInstant(),
                rs.getInt("no_follow_up_days"),
                rs.getInt("no_deal_days"));
    }
}
