package com.crmplatform.billingservice.receivable.persistence;

/**
 * The one definition of a contract's receivable as of {@code :today}, which the list, the aging and the summary read
 * (and {@code PaymentPlan.overdue()} mirrors in Java): every contract that is or was payable (ACTIVE or COMPLETED, or
 * with a plan or payments) with its ledger totals, {@code outstanding} ({@code amount - collected}), {@code overdue}
 * (unpaid of installments due before today, never above outstanding, nothing once collected) and
 * {@code receivable_status}.
 */
final class ReceivableSql {

    static final String RECEIVABLES = """
            (SELECT o.*, CASE WHEN o.collected >= o.amount THEN 'PAID' WHEN o.overdue > 0 THEN 'OVERDUE'
                              ELSE 'OUTSTANDING' END AS receivable_status
             FROM (SELECT b.*, b.amount - b.collected AS outstanding,
                          CASE WHEN b.collected >= b.amount THEN 0
                               ELSE LEAST(b.amount - b.collected,
                                          COALESCE((SELECT sum(i.amount - i.paid) FROM installment_balance i
                                                    WHERE i.tenant = b.tenant AND i.contract_id = b.id
                                                      AND i.due_date < :today), 0))
                          END AS overdue
                   FROM contract_balance b
                   WHERE b.status IN ('ACTIVE', 'COMPLETED')
                      OR EXISTS (SELECT 1 FROM payment p WHERE p.tenant = b.tenant AND p.contract_id = b.id)
                      OR EXISTS (SELECT 1 FROM installment i
                                 WHERE i.tenant = b.tenant AND i.contract_id = b.id AND i.removed_at IS NULL)) o)
            """;

    private ReceivableSql() {}
}
