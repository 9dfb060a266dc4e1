package com.crmplatform.contracts.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract's payment plan after a change (type {@code com.crmplatform.receivable.plan-changed.v1}).
 *
 * @param planned the sum of the installments, never above the contract amount
 */
public record PaymentPlanChanged(
        UUID contractId,
        UUID customerId,
        String currency,
        BigDecimal planned,
        List<Installment> installments,
        String changedBy,
        Instant changedAt) {

    /** One installment of the plan. */
    public record Installment(UUID installmentId, LocalDate dueDate, BigDecimal amount, String note) {}
}
