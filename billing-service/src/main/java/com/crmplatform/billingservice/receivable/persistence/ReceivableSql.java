package com.crmplatform.billingservice.receivable.persistence;

/**
 * The one definition of a contract's receivable as of {@code :today}, which the list, the summary and a customer's
 * aging read (and {@code PaymentPlan.overdue()} mirrors in Java; the aging otherwise sums the totals kept per due day,
 * {@code V5__receivable_aging_totals.sql}): every contract that is or was payable (ACTIVE or COMPLETED, or
 * with a plan or payments) with its totals, {@code outstanding} ({@code amount - collected}), {@code overdue} (unpaid
 * of installments due before today, never above outstanding, nothing once collected) and {@code receivable_status}.
 *
 * <p>The totals are the ones kept with every write in {@code contract_receivable} and {@code installment_receivable}
 * ({@code V4__receivable_totals.sql}), not sums of the ledger: a contract's overdue reads its installments only when
 * today falls between its first and last unpaid due date.
 */
final class ReceivableSql {

    /** The kept totals of each receivable, without the contract's number and title (no join). */
    static final String KEPT = """
            (SELECT k.tenant, k.contract_id AS id, k.customer_id, k.owner_id, k.amount, k.currency, k.status,
                    k.planned, k.collected, k.recorded, k.amount - k.collected AS outstanding, k.scheduled_unpaid,
                    k.first_unpaid_due, k.last_unpaid_due,
                    CASE WHEN k.collected >= k.amount OR k.first_unpaid_due IS NULL OR k.first_unpaid_due >= :today
                              THEN 0
                         WHEN k.last_unpaid_due < :today THEN LEAST(k.amount - k.collected, k.scheduled_unpaid)
                         ELSE LEAST(k.amount - k.collected,
                                    (SELECT COALESCE(sum(i.unpaid), 0) FROM installment_receivable i
                                     WHERE i.tenant = k.tenant AND i.contract_id = k.contract_id
                                       AND i.due_date < :today))
                    END AS overdue
             FROM contract_receivable k
             WHERE k.listed)
            """;

    /** Each receivable with the contract's number and title and its {@code receivable_status}. */
    static final String RECEIVABLES = """
            (SELECT o.*, c.number, c.title,
                    CASE WHEN o.collected >= o.amount THEN 'PAID' WHEN o.overdue > 0 THEN 'OVERDUE'
                         ELSE 'OUTSTANDING' END AS receivable_status
             FROM %s o JOIN contract c ON c.tenant = o.tenant AND c.id = o.id)
            """.formatted(KEPT);

    private ReceivableSql() {}
}
