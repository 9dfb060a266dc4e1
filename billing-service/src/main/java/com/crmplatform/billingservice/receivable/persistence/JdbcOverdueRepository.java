package com.crmplatform.billingservice.receivable.persistence;

import com.crmplatform.billingservice.contract.persistence.Amounts;
import com.crmplatform.billingservice.receivable.domain.NewlyOverdue;
import com.crmplatform.billingservice.receivable.domain.OverdueRepository;
import com.crmplatform.contracts.billing.InstallmentOverdue;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The overdue job's one statement: find, lock and mark newly overdue installments of every tenant, so the due date
 * stored as announced is exactly the one the event names. {@code FOR NO KEY UPDATE} leaves payments free to allocate
 * to a locked installment meanwhile (their foreign key takes only a key-share lock).
 */
@Repository
class JdbcOverdueRepository implements OverdueRepository {

    private static final String CONFIRMED_OF_INSTALLMENT = """
            COALESCE((SELECT sum(a.amount) FROM payment_allocation a JOIN payment p ON p.id = a.payment_id
                      WHERE a.installment_id = i.id AND p.status = 'CONFIRMED'), 0)""";

    private static final String MARK = """
            WITH due AS (
                SELECT i.id, i.tenant, i.contract_id, i.due_date, i.amount, i.amount - %1$s AS outstanding,
                       c.customer_id, c.currency, c.owner_id
                FROM installment i JOIN contract c ON c.tenant = i.tenant AND c.id = i.contract_id
                WHERE i.removed_at IS NULL AND i.due_date < :today
                  AND i.overdue_notified_for IS DISTINCT FROM i.due_date
                  AND c.status = 'ACTIVE'
                  AND i.amount > %1$s
                  AND c.amount > COALESCE((SELECT sum(p.amount) FROM payment p
                                           WHERE p.tenant = c.tenant AND p.contract_id = c.id
                                             AND p.status = 'CONFIRMED'), 0)
                ORDER BY i.due_date, i.id
                LIMIT :limit
                FOR NO KEY UPDATE OF i SKIP LOCKED)
            UPDATE installment i SET overdue_notified_for = due.due_date FROM due WHERE i.id = due.id
            RETURNING due.*
            """.formatted(CONFIRMED_OF_INSTALLMENT);

    private final JdbcClient jdbc;

    JdbcOverdueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NewlyOverdue> markNewlyOverdue(LocalDate today, int limit) {
        return jdbc.sql(MARK)
                .param("today", Date.valueOf(today))
                .param("limit", limit)
                .query((rs, row) -> new NewlyOverdue(
                        rs.getString("tenant"),
                        new InstallmentOverdue(
                                rs.getObject("contract_id", UUID.class),
                                rs.getObject("customer_id", UUID.class),
                                rs.getObject("id", UUID.class),
                                rs.getDate("due_date").toLocalDate(),
                                Amounts.of(rs, "amount"),
                                Amounts.of(rs, "outstanding"),
                                rs.getString("currency"),
                                rs.getString("owner_id"))))
                .list();
    }
}
