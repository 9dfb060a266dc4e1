package com.crmplatform.billingservice.plan.persistence;

import com.crmplatform.billingservice.contract.persistence.Amounts;
import com.crmplatform.billingservice.plan.domain.Installment;
import com.crmplatform.billingservice.plan.domain.PaymentPlanRepository;
import com.crmplatform.billingservice.plan.domain.PlanHeader;
import com.crmplatform.platform.jdbc.JdbcBatches;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans and installments in PostgreSQL; installments are read with their ledger balance. */
@Repository
class JdbcPaymentPlanRepository implements PaymentPlanRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcPaymentPlanRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public PlanHeader header(String tenant, UUID contractId) {
        return jdbc.sql("SELECT * FROM payment_plan WHERE tenant = :tenant AND contract_id = :contractId")
                .param("tenant", tenant)
                .param("contractId", contractId)
                .query((rs, row) -> new PlanHeader(
                        rs.getInt("version"),
                        rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .orElse(PlanHeader.NONE);
    }

    @Override
    public List<Installment> installments(String tenant, UUID contractId) {
        return jdbc.sql("""
                        SELECT * FROM installment_balance WHERE tenant = :tenant AND contract_id = :contractId
                        ORDER BY due_date, position
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .query(JdbcPaymentPlanRepository::toInstallment)
                .list();
    }

    @Override
    public Set<UUID> namedByLivePayments(String tenant, UUID contractId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT named.id FROM payment p CROSS JOIN LATERAL unnest(p.installment_ids) AS named(id)
                        WHERE p.tenant = :tenant AND p.contract_id = :contractId AND p.status <> 'REVERSED'
                          AND named.id IN (:ids)
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .param("ids", ids)
                .query(UUID.class)
                .list());
    }

    @Override
    public boolean bumpVersion(String tenant, UUID contractId, int expectedVersion, String by, Instant at) {
        String sql = expectedVersion == 0 ? """
                  INSERT INTO payment_plan (tenant, contract_id, version, updated_by, updated_at)
                  VALUES (:tenant, :contractId, 1, :by, :at) ON CONFLICT DO NOTHING
                  """ : """
                  UPDATE payment_plan SET version = version + 1, updated_by = :by, updated_at = :at
                  WHERE tenant = :tenant AND contract_id = :contractId AND version = :expected
                  """;
        return jdbc.sql(sql)
                        .param("tenant", tenant)
                        .param("contractId", contractId)
                        .param("expected", expectedVersion)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    @Override
    public void insert(String tenant, UUID contractId, List<Installment> installments, Instant at) {
        JdbcBatches.update(
                batch,
                """
                INSERT INTO installment (id, tenant, contract_id, due_date, amount, note, position, created_at)
                VALUES (:id, :tenant, :contractId, :dueDate, :amount, :note, :position, :at)
                """,
                installments,
                i -> values(i)
                        .addValue("tenant", tenant)
                        .addValue("contractId", contractId)
                        .addValue("at", Timestamp.from(at)));
    }

    @Override
    public void update(String tenant, List<Installment> installments) {
        JdbcBatches.update(batch, """
                UPDATE installment SET due_date = :dueDate, amount = :amount, note = :note, position = :position
                WHERE tenant = :tenant AND id = :id
                """, installments, i -> values(i).addValue("tenant", tenant));
    }

    @Override
    public void remove(String tenant, Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE installment SET removed_at = :at WHERE tenant = :tenant AND id IN (:ids)")
                    .param("at", Timestamp.from(at))
                    .param("tenant", tenant)
                    .param("ids", ids)
                    .update();
        }
    }

    private static MapSqlParameterSource values(Installment i) {
        return new MapSqlParameterSource()
                .addValue("id", i.id())
                .addValue("dueDate", Date.valueOf(i.dueDate()))
                .addValue("amount", i.amount())
                .addValue("note", i.note())
                .addValue("position", i.position());
    }

    private static Installment toInstallment(ResultSet rs, int row) throws SQLException {
        return new Installment(
                rs.getObject("id", UUID.class),
                rs.getDate("due_date").toLocalDate(),
                Amounts.of(rs, "amount"),
                rs.getString("note"),
                rs.getInt("position"),
                Amounts.of(rs, "paid"),
                Amounts.of(rs, "reserved"));
    }
}
