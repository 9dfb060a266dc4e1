package com.crmplatform.dealservice.opportunity.persistence;

import com.crmplatform.dealservice.opportunity.domain.Opportunity;
import com.crmplatform.dealservice.opportunity.domain.PipelineTotals;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPipelineTotals implements PipelineTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;

    JdbcPipelineTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two deltas at most, applied in key order: two transactions moving opportunities between the same two rows in
     * opposite directions then lock them in the same order and cannot deadlock.
     */
    @Override
    public void changed(Opportunity before, Opportunity after) {
        Stream.of(delta(before, -1), delta(after, 1))
                .filter(d -> d != null)
                .sorted(Comparator.comparing(Delta::key))
                .forEach(this::apply);
    }

    private static Delta delta(Opportunity o, int sign) {
        if (o == null) {
            return null;
        }
        BigDecimal amount = o.details().amount();
        BigDecimal weighted =
                amount.multiply(BigDecimal.valueOf(o.probability())).divide(HUNDRED);
        BigDecimal signed = BigDecimal.valueOf(sign);
        return new Delta(
                o.tenant(),
                o.ownerId(),
                o.stage(),
                o.details().currency(),
                sign,
                amount.multiply(signed),
                weighted.multiply(signed));
    }

    private void apply(Delta d) {
        jdbc.sql("""
                INSERT INTO pipeline_total (tenant, owner_id, stage, currency, opportunities, amount, weighted_amount)
                VALUES (:tenant, :ownerId, :stage, :currency, :count, :amount, :weighted)
                ON CONFLICT (tenant, owner_id, stage, currency) DO UPDATE SET
                    opportunities = pipeline_total.opportunities + EXCLUDED.opportunities,
                    amount = pipeline_total.amount + EXCLUDED.amount,
                    weighted_amount = pipeline_total.weighted_amount + EXCLUDED.weighted_amount
                """)
                .param("tenant", d.tenant())
                .param("ownerId", d.ownerId())
                .param("stage", d.stage())
                .param("currency", d.currency())
                .param("count", d.count())
                .param("amount", d.amount())
                .param("weighted", d.weighted())
                .update();
    }

    @Override
    public List<StageTotal> of(String tenant, String ownerId) {
        return jdbc.sql("""
                        SELECT stage, currency, sum(opportunities) AS opportunities, sum(amount) AS amount,
                               sum(weighted_amount) AS weighted_amount
                        FROM pipeline_total
                        WHERE tenant = :tenant AND (CAST(:ownerId AS VARCHAR) IS NULL OR owner_id = :ownerId)
                        GROUP BY stage, currency
                        HAVING sum(opportunities) > 0
                        ORDER BY stage, currency
                        """)
                .param("tenant", tenant)
                .param("ownerId", ownerId)
                .query((rs, row) -> new StageTotal(
                        rs.getString("stage"),
                        rs.getString("currency"),
                        rs.getLong("opportunities"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("weighted_amount")))
                .list();
    }

    private record Delta(
            String tenant,
            String ownerId,
            String stage,
            String currency,
            int count,
            BigDecimal amount,
            BigDecimal weighted) {

        String key() {
            return tenant + '\u0000' + ownerId + '\u0000' + stage + '\u0000' + currency;
        }
    }
}
