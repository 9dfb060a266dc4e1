package com.crmplatform.campaignservice.stats.persistence;

import static com.crmplatform.campaignservice.stats.persistence.StatsSql.ATTRIBUTED;
import static com.crmplatform.campaignservice.stats.persistence.StatsSql.CONTRACT_COUNTS;
import static com.crmplatform.campaignservice.stats.persistence.StatsSql.PAYMENT_COLLECTED;

import com.crmplatform.campaignservice.stats.domain.CampaignCost;
import com.crmplatform.campaignservice.stats.domain.CampaignStatsRepository;
import com.crmplatform.campaignservice.stats.domain.CurrencyAmounts;
import com.crmplatform.campaignservice.stats.domain.DailyStats;
import com.crmplatform.campaignservice.stats.domain.Funnel;
import com.crmplatform.campaignservice.stats.domain.StatsMath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCampaignStatsRepository implements CampaignStatsRepository {

    private final JdbcClient jdbc;

    JdbcCampaignStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CampaignCost> findCampaign(String tenant, UUID campaignId) {
        return jdbc.sql("""
                SELECT id, currency, budget, actual_cost, start_at, end_at FROM campaign
                WHERE tenant = :tenant AND id = :campaign
                """)
                .param("tenant", tenant)
                .param("campaign", campaignId)
                .query((rs, row) -> new CampaignCost(
                        rs.getObject("id", UUID.class),
                        rs.getString("currency"),
                        rs.getBigDecimal("budget"),
                        rs.getBigDecimal("actual_cost"),
                        rs.getTimestamp("start_at").toInstant(),
                        rs.getTimestamp("end_at").toInstant()))
                .optional();
    }

    @Override
    public Funnel funnel(String tenant, UUID campaignId) {
        return jdbc.sql("""
                SELECT
                  (SELECT COALESCE(sum(views), 0) FROM campaign_view WHERE campaign_id = :campaign) AS views,
                  (SELECT count(*) FROM campaign_visitor WHERE campaign_id = :campaign) AS visitors,
                  m.submissions, m.members, m.synced,
                  (SELECT count(*) FROM campaign_stats_lead WHERE tenant = :tenant AND campaign_id = :campaign) AS leads,
                  (SELECT count(*) FROM campaign_stats_customer WHERE tenant = :tenant AND campaign_id = :campaign)
                      AS customers,
                  o.opportunities, o.won
                FROM (SELECT COALESCE(sum(submissions), 0) AS submissions, count(*) AS members,
                             count(*) FILTER (WHERE sync_status = 'SYNCED') AS synced
                      FROM campaign_member WHERE tenant = :tenant AND campaign_id = :campaign) m,
                     (SELECT count(*) AS opportunities, count(*) FILTER (WHERE d.status = 'WON') AS won
                      FROM campaign_stats_opportunity d WHERE %s) o
                """.formatted(ATTRIBUTED))
                .param("tenant", tenant)
                .param("campaign", campaignId)
                .query((rs, row) -> new Funnel(
                        rs.getLong("views"),
                        rs.getLong("visitors"),
                        rs.getLong("submissions"),
                        rs.getLong("members"),
                        rs.getLong("synced"),
                        rs.getLong("leads"),
                        rs.getLong("customers"),
                        rs.getLong("opportunities"),
                        rs.getLong("won"),
                        0))
                .single();
    }

    @Override
    public List<CurrencyAmounts> revenue(String tenant, UUID campaignId) {
        return jdbc.sql("""
                SELECT currency, sum(contracts) AS contracts, sum(contract_amount) AS contract_amount,
                       sum(collected) AS collected
                FROM (SELECT d.currency, count(*) AS contracts, sum(d.approved_amount) AS contract_amount,
                             0 AS collected
                      FROM campaign_stats_contract d WHERE %1$s AND %2$s GROUP BY d.currency
                      UNION ALL
                      SELECT d.currency, 0, 0, sum(d.amount)
                      FROM campaign_stats_payment d WHERE %1$s AND %3$s GROUP BY d.currency) r
                GROUP BY currency ORDER BY currency
                """.formatted(ATTRIBUTED, CONTRACT_COUNTS, PAYMENT_COLLECTED))
                .param("tenant", tenant)
                .param("campaign", campaignId)
                .query((rs, row) -> new CurrencyAmounts(
                        rs.getString("currency"),
                        rs.getLong("contracts"),
                        StatsMath.money(rs.getBigDecimal("contract_amount")),
                        StatsMath.money(rs.getBigDecimal("collected"))))
                .list();
    }

    @Override
    public List<DailyStats> daily(
            String tenant, UUID campaignId, String currency, LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                WITH days AS (
                  SELECT CAST(d AS DATE) AS day FROM generate_series(CAST(:from AS DATE), CAST(:to AS DATE),
                      INTERVAL '1 day') d),
                v AS (SELECT day, sum(views) AS n FROM campaign_view
                      WHERE campaign_id = :campaign AND day BETWEEN :from AND :to GROUP BY day),
                u AS (SELECT day, count(*) AS n FROM campaign_visitor
                      WHERE campaign_id = :campaign AND day BETWEEN :from AND :to GROUP BY day),
                m AS (SELECT CAST(submitted_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n FROM campaign_member
                      WHERE tenant = :tenant AND campaign_id = :campaign GROUP BY 1),
                l AS (SELECT CAST(created_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n FROM campaign_stats_lead
                      WHERE tenant = :tenant AND campaign_id = :campaign GROUP BY 1),
                c AS (SELECT CAST(created_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n
                      FROM campaign_stats_customer WHERE tenant = :tenant AND campaign_id = :campaign GROUP BY 1),
                o AS (SELECT CAST(d.created_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n
                      FROM campaign_stats_opportunity d WHERE %1$s GROUP BY 1),
                w AS (SELECT CAST(d.won_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n
                      FROM campaign_stats_opportunity d WHERE %1$s AND d.status = 'WON' GROUP BY 1),
                k AS (SELECT CAST(d.approved_at AT TIME ZONE :zone AS DATE) AS day, count(*) AS n,
                             sum(d.approved_amount) AS amount
                      FROM campaign_stats_contract d WHERE %1$s AND %2$s AND d.currency = :currency GROUP BY 1),
                p AS (SELECT d.received_at AS day, sum(d.amount) AS amount
                      FROM campaign_stats_payment d WHERE %1$s AND %3$s AND d.currency = :currency GROUP BY 1)
                SELECT days.day, COALESCE(v.n, 0) AS views, COALESCE(u.n, 0) AS visitors, COALESCE(m.n, 0) AS members,
                       COALESCE(l.n, 0) AS leads, COALESCE(c.n, 0) AS customers, COALESCE(o.n, 0) AS opportunities,
                       COALESCE(w.n, 0) AS won, COALESCE(k.n, 0) AS contracts, k.amount AS contract_amount,
                       p.amount AS collected
                FROM days
                LEFT JOIN v ON v.day = days.day LEFT JOIN u ON u.day = days.day LEFT JOIN m ON m.day = days.day
                LEFT JOIN l ON l.day = days.day LEFT JOIN c ON c.day = days.day LEFT JOIN o ON o.day = days.day
                LEFT JOIN w ON w.day = days.day LEFT JOIN k ON k.day = days.day LEFT JOIN p ON p.day = days.day
                ORDER BY days.day
                """.formatted(ATTRIBUTED, CONTRACT_COUNTS, PAYMENT_COLLECTED))
                .param("tenant", tenant)
                .param("campaign", campaignId)
                .param("currency", currency)
                .param("from", from)
                .param("to", to)
                .param("zone", zone.getId())
                .query((rs, row) -> new DailyStats(
                        rs.getObject("day", LocalDate.class),
                        rs.getLong("views"),
                        rs.getLong("visitors"),
                        rs.getLong("members"),
                        rs.getLong("leads"),
                        rs.getLong("customers"),
                        rs.getLong("opportunities"),
                        rs.getLong("won"),
                        rs.getLong("contracts"),
                        StatsMath.money(rs.getBigDecimal("contract_amount")),
                        StatsMath.money(rs.getBigDecimal("collected"))))
                .list();
    }
}
