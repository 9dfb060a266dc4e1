package com.crmplatform.billingservice.payment.persistence;

import com.crmplatform.billingservice.contract.persistence.Amounts;
import com.crmplatform.billingservice.payment.domain.KeyedPayment;
import com.crmplatform.billingservice.payment.domain.Payment;
import com.crmplatform.billingservice.payment.domain.PaymentEntry;
import com.crmplatform.billingservice.payment.domain.PaymentFilter;
import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import com.crmplatform.billingservice.payment.domain.PaymentRepository;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import com.crmplatform.billingservice.settlement.domain.Allocation;
import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.paging.PagedSearch;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment ledger in PostgreSQL through plain SQL, every query scoped by tenant first. It only inserts payments,
 * entries and allocations and moves a payment's status; the database's triggers refuse any other change.
 */
@Repository
class JdbcPaymentRepository implements PaymentRepository {

    /** API sort fields → columns; nothing else reaches ORDER BY. */
    static final Map<String, String> SORT_COLUMNS = Map.of(
            "receivedAt", "p.received_at",
            "createdAt", "p.created_at",
            "amount", "p.amount");

    private final JdbcClient jdbc;

    JdbcPaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockIdempotencyKey(String tenant, String userId, String key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:lockKey, 0))")
                .param("lockKey", "payment-idempotency\n" + tenant + "\n" + userId + "\n" + key)
                .query((rs, row) -> row)
                .list();
    }

    @Override
    public Optional<KeyedPayment> findByKey(String tenant, String userId, String key) {
        return jdbc.sql("""
                        SELECT id, request_hash FROM payment
                        WHERE tenant = :tenant AND recorded_by = :userId AND idempotency_key = :key
                        """)
                .param("tenant", tenant)
                .param("userId", userId)
                .param("key", key)
                .query((rs, row) -> new KeyedPayment(rs.getObject("id", UUID.class), rs.getString("request_hash")))
                .optional();
    }

    @Override
    public void insert(Payment p, String idempotencyKey, String requestHash) {
        jdbc.sql("""
                INSERT INTO payment (id, tenant, contract_id, customer_id, amount, currency, received_at, method,
                    reference, installment_ids, status, recorded_by, created_at, idempotency_key, request_hash)
                VALUES (:id, :tenant, :contractId, :customerId, :amount, :currency, :receivedAt, :method,
                    :reference, CAST(string_to_array(:installmentIds, ',') AS UUID[]), :status, :recordedBy,
                    :createdAt, :idempotencyKey, :requestHash)
                """)
                .param("id", p.id())
                .param("tenant", p.tenant())
                .param("contractId", p.contractId())
                .param("customerId", p.customerId())
                .param("amount", p.amount())
                .param("currency", p.currency())
                .param("receivedAt", Date.valueOf(p.receivedAt()))
                .param("method", p.method().name())
                .param("reference", p.reference())
                .param(
                        "installmentIds",
                        String.join(
                                ",",
                                p.installmentIds().stream().map(UUID::toString).toList()))
                .param("status", p.status().name())
                .param("recordedBy", p.recordedBy())
                .param("createdAt", Timestamp.from(p.createdAt()))
                .param("idempotencyKey", idempotencyKey)
                .param("requestHash", requestHash)
                .update();
    }

    @Override
    public void addEntry(Payment payment, PaymentEntry entry) {
        jdbc.sql("""
                INSERT INTO payment_entry (id, tenant, payment_id, kind, amount, reason, entered_by, entered_at)
                VALUES (:id, :tenant, :paymentId, :kind, :amount, :reason, :by, :at)
                """)
                .param("id", UUID.randomUUID())
                .param("tenant", payment.tenant())
                .param("paymentId", payment.id())
                .param("kind", entry.kind().name())
                .param("amount", entry.amount())
                .param("reason", entry.reason())
                .param("by", entry.by())
                .param("at", Timestamp.from(entry.at()))
                .update();
    }

    @Override
    public Optional<Payment> find(String tenant, UUID id) {
        return findOne("SELECT * FROM payment WHERE tenant = :tenant AND id = :id", tenant, id);
    }

    @Override
    public Optional<Payment> findForUpdate(String tenant, UUID id) {
        return findOne("SELECT * FROM payment WHERE tenant = :tenant AND id = :id FOR UPDATE", tenant, id);
    }

    private Optional<Payment> findOne(String sql, String tenant, UUID id) {
        return jdbc.sql(sql)
                .param("tenant", tenant)
                .param("id", id)
                .query(JdbcPaymentRepository::toPayment)
                .optional();
    }

    @Override
    public void changeStatus(Payment p) {
        jdbc.sql("""
                UPDATE payment SET status = :status, confirmed_by = :confirmedBy, confirmed_at = :confirmedAt,
                    reversed_by = :reversedBy, reversed_at = :reversedAt, reversal_reason = :reason
                WHERE tenant = :tenant AND id = :id
                """)
                .param("status", p.status().name())
                .param("confirmedBy", p.confirmedBy())
                .param("confirmedAt", timestamp(p.confirmedAt()))
                .param("reversedBy", p.reversedBy())
                .param("reversedAt", timestamp(p.reversedAt()))
                .param("reason", p.reversalReason())
                .param("tenant", p.tenant())
                .param("id", p.id())
                .update();
    }

    @Override
    public List<PaymentEntry> history(String tenant, UUID id) {
        return jdbc.sql("""
                        SELECT * FROM payment_entry WHERE tenant = :tenant AND payment_id = :id
                        ORDER BY entered_at, CASE kind WHEN 'RECORDED' THEN 0 WHEN 'CONFIRMED' THEN 1 ELSE 2 END
                        """)
                .param("tenant", tenant)
                .param("id", id)
                .query((rs, row) -> new PaymentEntry(
                        PaymentStatus.valueOf(rs.getString("kind")),
                        Amounts.of(rs, "amount"),
                        rs.getString("reason"),
                        rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }

    @Override
    public List<Allocation> allocations(String tenant, UUID id) {
        return jdbc.sql("""
                        SELECT a.installment_id, sum(a.amount) AS amount
                        FROM payment_allocation a JOIN installment i ON i.id = a.installment_id
                        WHERE a.tenant = :tenant AND a.payment_id = :id
                        GROUP BY a.installment_id, i.due_date, i.position ORDER BY i.due_date, i.position
                        """)
                .param("tenant", tenant)
                .param("id", id)
                .query((rs, row) ->
                        new Allocation(id, rs.getObject("installment_id", UUID.class), Amounts.of(rs, "amount")))
                .list();
    }

    @Override
    public PageResponse<Payment> search(String tenant, String ownerScope, PaymentFilter f, PageQuery page) {
        TenantQuery where = TenantQuery.of("p", tenant)
                .when(
                        ownerScope,
                        "p.contract_id IN (SELECT c.id FROM contract c WHERE c.tenant = :tenant"
                                + " AND c.owner_id = :ownerScope)",
                        "ownerScope")
                .equal("p.contract_id", "contractId", f.contractId())
                .equal("p.customer_id", "customerId", f.customerId())
                .equal("p.status", "status", f.status())
                .equal("p.method", "method", f.method())
                .atLeast("p.received_at", "receivedFrom", date(f.receivedFrom()))
                .atMost("p.received_at", "receivedTo", date(f.receivedTo()))
                .atLeast("p.amount", "amountMin", f.amountMin())
                .atMost("p.amount", "amountMax", f.amountMax());
        var search = new PagedSearch.Search(
                "payment",
                "p",
                where.sql(),
                where.params(),
                page.orderBy(SORT_COLUMNS, "p.id"),
                f.contractId() != null || f.customerId() != null);
        return PagedSearch.find(jdbc, search, page, JdbcPaymentRepository::toPayment);
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static Timestamp timestamp(Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    private static Payment toPayment(ResultSet rs, int row) throws SQLException {
        Array installments = rs.getArray("installment_ids");
        return new Payment(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("contract_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                Amounts.of(rs, "amount"),
                rs.getString("currency"),
                rs.getDate("received_at").toLocalDate(),
                PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("reference"),
                installments == null ? List.of() : List.of((UUID[]) installments.getArray()),
                PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("recorded_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"),
                rs.getString("reversed_by"),
                instant(rs, "reversed_at"),
                rs.getString("reversal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
