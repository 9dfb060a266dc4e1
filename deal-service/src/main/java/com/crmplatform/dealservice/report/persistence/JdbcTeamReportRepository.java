package com.crmplatform.dealservice.report.persistence;

import com.crmplatform.dealservice.report.domain.LossReasonCount;
import com.crmplatform.dealservice.report.domain.TeamDeals;
import com.crmplatform.dealservice.report.domain.TeamReportRepository;
import com.crmplatform.platform.report.ReportPeriod;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Grouped sums over {@code opportunity} (closed in the period) and {@code contract} (approved in the period and
 * not terminated), tenant-first and optionally one owner's.
 */
@Repository
class JdbcTeamReportRepository implements TeamReportRepository {

    private final JdbcClient jdbc;

    JdbcTeamReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TeamDeals> deals(String tenant, String ownerId, ReportPeriod period) {
        return jdbc.sql("""
                        WITH closed AS (
                            SELECT owner_id, currency,
                                   count(*) FILTER (WHERE status = 'WON') AS won,
                                   coalesce(sum(amount) FILTER (WHERE status = 'WON'), 0) AS won_amount,
                                   count(*) FILTER (WHERE status = 'LOST') AS lost,
                                   coalesce(sum(amount) FILTER (WHERE status = 'LOST'), 0) AS lost_amount
                              FROM opportunity
                             WHERE tenant = :tenant AND status IN ('WON', 'LOST')
                               AND closed_at >= :from AND closed_at < :to
                               AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                             GROUP BY owner_id, currency),
                        approved AS (
                            SELECT owner_id, currency, count(*) AS contracts,
                                   sum(coalesce(approved_amount, amount)) AS contract_amount
                              FROM contract
                             WHERE tenant = :tenant AND status IN ('ACTIVE', 'COMPLETED')
                               AND approved_at >= :from AND approved_at < :to
                               AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                             GROUP BY owner_id, currency)
                        SELECT owner_id, currency,
                               coalesce(c.won, 0) AS won, coalesce(c.won_amount, 0) AS won_amount,
                               coalesce(c.lost, 0) AS lost, coalesce(c.lost_amount, 0) AS lost_amount,
                               coalesce(a.contracts, 0) AS contracts, coalesce(a.contract_amount, 0) AS contract_amount
                          FROM closed c FULL JOIN approved a USING (owner_id, currency)
                         ORDER BY owner_id, currency
                        """)
                .param("tenant", tenant)
                .param("owner", ownerId)
                .param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(period.to()))
                .query((rs, row) -> new TeamDeals(
                        rs.getString("owner_id"),
                        rs.getString("currency"),
                        rs.getLong("won"),
                        rs.getBigDecimal("won_amount"),
                        rs.getLong("lost"),
                        rs.getBigDecimal("lost_amount"),
                        rs.getLong("contracts"),
                        rs.getBigDecimal("contract_amount")))
                .list();
    }

    @Override
    public List<LossReasonCount> lossReasons(String tenant, String ownerId, ReportPeriod period) {
        return jdbc.sql("""
                        SELECT owner_id, loss_reason, count(*) AS n FROM opportunity
                         WHERE tenant = :tenant AND status = 'LOST' AND loss_reason IS NOT NULL
                           AND closed_at >= :from AND closed_at < :to
                           AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                         GROUP BY owner_id, loss_reason
                         ORDER BY owner_id, n DESC, loss_reason
                        """)
                .param("tenant", tenant)
                .param("owner", ownerId)
                .param("from", Timestamp.from(period.from()))
                .param("to", Timestamp.from(period.to()))
                .query((rs, row) ->
                        new LossReasonCount(rs.getString("owner_id"), rs.getString("loss_reason"), rs.getLong("n")))
                .list();
    }
}
