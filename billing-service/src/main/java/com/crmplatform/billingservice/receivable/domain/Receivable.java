package com.crmplatform.billingservice.receivable.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One contract's receivable (应收) as of a day.
 *
 * @param amount the contract's (approved) amount
 * @param collected confirmed payments
 * @param recorded recorded, not yet confirmed
 * @param outstanding {@code amount - collected}; negative when over-collected
 * @param overdue unpaid of installments past due, at most {@code outstanding}
 */
public record Receivable(
        UUID contractId,
        String number,
        String title,
        UUID customerId,
        String ownerId,
        String currency,
        String contractStatus,
        BigDecimal amount,
        BigDecimal planned,
        BigDecimal collected,
        BigDecimal recorded,
        BigDecimal outstanding,
        BigDecimal overdue,
        ReceivableStatus status) {}
