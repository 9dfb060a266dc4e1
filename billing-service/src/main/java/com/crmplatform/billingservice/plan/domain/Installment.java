package com.crmplatform.billingservice.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An installment of a payment plan with what the ledger holds against it.
 *
 * @param paid allocated from confirmed payments: collected
 * @param reserved allocated from payments recorded or confirmed (not reversed): the least it may be reduced to
 */
public record Installment(
        UUID id,
        LocalDate dueDate,
        BigDecimal amount,
        String note,
        int position,
        BigDecimal paid,
        BigDecimal reserved) {

    public BigDecimal unpaid() {
        return amount.subtract(paid);
    }

    /** Overdue once its due date has passed (the day after it) and it is not fully paid. */
    public boolean overdue(LocalDate today) {
        return dueDate.isBefore(today) && unpaid().signum() > 0;
    }

    public InstallmentStatus status(LocalDate today) {
        if (unpaid().signum() <= 0) {
            return InstallmentStatus.PAID;
        }
        if (overdue(today)) {
            return InstallmentStatus.OVERDUE;
        }
        return paid.signum() > 0 ? InstallmentStatus.PARTIALLY_PAID : InstallmentStatus.PENDING;
    }
}
