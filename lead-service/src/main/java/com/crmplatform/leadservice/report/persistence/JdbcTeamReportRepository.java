package com.crmplatform.leadservice.report.persistence;

import com.crmplatform.leadservice.report.domain.TeamReportRepository;
import com.crmplatform.platform.report.ReportPeriod;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grouped counts over {@code lead} and {@code follow_up}; each query is tenant-first and optionally one owner's. */
@Repository
class JdbcTeamReportRepository implements TeamReportRepository {

    private final JdbcClient jdbc;

    JdbcTeamReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Long> leadsHeld(String tenant, String ownerId) {
        return counts("""
                SELECT owner_id AS who, count(*) AS n FROM lead
                 WHERE tenant = :tenant AND owner_id IS NOT NULL AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                   AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                 GROUP BY owner_id
                """, tenant, ownerId, Map.of());
    }

    @Override
    public Map<String, Long> followUps(String tenant, String ownerId, ReportPeriod period) {
        return counts("""
                SELECT created_by AS who, count(*) AS n FROM follow_up
                 WHERE tenant = :tenant AND occurred_at >= :from AND occurred_at < :to
                   AND (CAST(:owner AS VARCHAR) IS NULL OR created_by = :owner)
                 GROUP BY created_by
                """, tenant, ownerId, bounds(period));
    }

    @Override
    public Map<String, Long> conversions(String tenant, String ownerId, ReportPeriod period) {
        return counts("""
                SELECT owner_id AS who, count(*) AS n FROM lead
                 WHERE tenant = :tenant AND status = 'CONVERTED' AND owner_id IS NOT NULL
                   AND converted_at >= :from AND converted_at < :to
                   AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                 GROUP BY owner_id
                """, tenant, ownerId, bounds(period));
    }

    @Override
    public Map<String, Long> followUpsDue(String tenant, String ownerId, Instant dueBefore) {
        return counts("""
                SELECT owner_id AS who, count(*) AS n FROM lead
                 WHERE tenant = :tenant AND owner_id IS NOT NULL AND status IN ('NEW', 'ASSIGNED', 'FOLLOWING')
                   AND next_follow_up_at < :dueBefore
                   AND (CAST(:owner AS VARCHAR) IS NULL OR owner_id = :owner)
                 GROUP BY owner_id
                """, tenant, ownerId, Map.of("dueBefore", Timestamp.from(dueBefore)));
    }

    private Map<String, Long> counts(String sql, String tenant, String ownerId, Map<String, Object> params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql)
                .param("tenant", tenant)
                .param("owner", ownerId)
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("who"), rs.getLong("n"));
                });
        return counts;
    }

    private static Map<String, Object> bounds(ReportPeriod period) {
        return Map.of("from", Timestamp.from(period.from()), "to", Timestamp.from(period.to()));
    }
}
