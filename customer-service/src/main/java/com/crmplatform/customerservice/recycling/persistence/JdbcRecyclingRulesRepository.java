package com.crmplatform.customerservice.recycling.persistence;

import com.crmplatform.customerservice.recycling.domain.RecyclingRules;
import com.crmplatform.customerservice.recycling.domain.RecyclingRulesRepository;
import com.crmplatform.customerservice.recycling.domain.TenantRecyclingRules;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code customer_recycling_rules}: one row per tenant that has rules of its own. */
@Repository
class JdbcRecyclingRulesRepository implements RecyclingRulesRepository {

    private final JdbcClient jdbc;

    JdbcRecyclingRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TenantRecyclingRules> find(String tenant) {
        return jdbc.sql("SELECT * FROM customer_recycling_rules WHERE tenant = :tenant")
                .param("tenant", tenant)
                .query((rs, row) -> new TenantRecyclingRules(
                        new RecyclingRules(
                                rs.getBoolean("enabled"),
                                rs.getInt("no_follow_up_days"),
                                rs.getInt("no_deal_days"),
                                rs.getInt("warn_days_before"),
                                rs.getBoolean("exempt_with_deal")),
                        false,
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    @Override
    public void save(String tenant, RecyclingRules rules, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO customer_recycling_rules (tenant, enabled, no_follow_up_days, no_deal_days,
                                                      warn_days_before, exempt_with_deal, updated_by, updated_at)
                VALUES (:tenant, :enabled, :noFollowUpDays, :noDealDays, :warnDaysBefore, :exemptWithDeal, :by, :at)
                ON CONFLICT (tenant) DO UPDATE SET enabled = EXCLUDED.enabled,
                       no_follow_up_days = EXCLUDED.no_follow_up_days, no_deal_days = EXCLUDED.no_deal_days,
                       warn_days_before = EXCLUDED.warn_days_before, exempt_with_deal = EXCLUDED.exempt_with_deal,
                       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """)
                .param("tenant", tenant)
                .param("enabled", rules.enabled())
                .param("noFollowUpDays", rules.noFollowUpDays())
                .param("noDealDays", rules.noDealDays())
                .param("warnDaysBefore", rules.warnDaysBefore())
                .param("exemptWithDeal", rules.exemptWithDeal())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }
}
