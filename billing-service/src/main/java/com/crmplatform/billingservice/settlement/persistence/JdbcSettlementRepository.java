package com.crmplatform.billingservice.settlement.persistence;

import com.crmplatform.billingservice.contract.persistence.Amounts;
import com.crmplatform.billingservice.settlement.domain.Allocation;
import com.crmplatform.billingservice.settlement.domain.InstallmentCapacity;
import com.crmplatform.billingservice.settlement.domain.OpenPayment;
import com.crmplatform.billingservice.settlement.domain.SettlementRepository;
import com.crmplatform.platform.jdbc.JdbcBatches;
import java.sql.Array;
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

/** Allocations in PostgreSQL: read through the ledger views, only ever inserted. */
@Repository
class JdbcSettlementRepository implements SettlementRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcSettlementRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public List<InstallmentCapacity> capacities(String tenant, UUID contractId) {
        return jdbc.sql("""
                        SELECT id, due_date, position, amount, reserved FROM installment_balance
                        WHERE tenant = :tenant AND contract_id = :contractId
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .query((rs, row) -> new InstallmentCapacity(
                        rs.getObject("id", UUID.class),
                        rs.getDate("due_date").toLocalDate(),
                        rs.getInt("position"),
                        Amounts.of(rs, "amount"),
                        Amounts.of(rs, "reserved")))
                .list();
    }

    @Override
    public List<OpenPayment> openPayments(String tenant, UUID contractId) {
        return jdbc
                .sql("""
                        SELECT p.id, p.installment_ids,
                               p.amount - COALESCE((SELECT sum(a.amount) FROM payment_allocation a
                                                    WHERE a.payment_id = p.id), 0) AS unallocated
                        FROM payment p
                        WHERE p.tenant = :tenant AND p.contract_id = :contractId AND p.status <> 'REVERSED'
                        ORDER BY p.created_at, p.id
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .query((rs, row) -> {
                    Array named = rs.getArray("installment_ids");
                    return new OpenPayment(
                            rs.getObject("id", UUID.class),
                            Amounts.of(rs, "unallocated"),
                            named == null ? List.of() : List.of((UUID[]) named.getArray()));
                })
                .list()
                .stream()
                .filter(p -> p.unallocated().signum() > 0)
                .toList();
    }

    @Override
    public Set<UUID> liveInstallments(String tenant, UUID contractId, Collection<UUID> ids) {
        return new HashSet<>(jdbc.sql("""
                        SELECT id FROM installment
                        WHERE tenant = :tenant AND contract_id = :contractId AND removed_at IS NULL AND id IN (:ids)
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .param("ids", ids)
                .query(UUID.class)
                .list());
    }

    @Override
    public void insert(String tenant, List<Allocation> allocations, Instant at) {
        JdbcBatches.update(
                batch,
                """
                INSERT INTO payment_allocation (tenant, payment_id, installment_id, amount, allocated_at)
                VALUES (:tenant, :paymentId, :installmentId, :amount, :at)
                """,
                allocations,
                a -> new MapSqlParameterSource()
                        .addValue("tenant", tenant)
                        .addValue("paymentId", a.paymentId())
                        .addValue("installmentId", a.installmentId())
                        .addValue("amount", a.amount())
                        .addValue("at", Timestamp.from(at)));
    }
}
