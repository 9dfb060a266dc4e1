package com.crmplatform.contracts.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An installment is overdue (type {@code com.crmplatform.receivable.installment-overdue.v1}).
 *
 * @param outstanding what is still unpaid of it (confirmed payments counted)
 * @param ownerId the contract's owner, to remind
 */
public record InstallmentOverdue(
        UUID contractId,
        UUID customerId,
        UUID installmentId,
        LocalDate dueDate,
        BigDecimal amount,
        BigDecimal outstanding,
        String currency,
        String ownerId) {}
