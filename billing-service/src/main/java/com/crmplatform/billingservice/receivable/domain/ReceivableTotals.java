package com.crmplatform.billingservice.receivable.domain;

import java.math.BigDecimal;

/**
 * The receivables of one customer or owner in one currency.
 *
 * @param key the customer's id or the owner's id
 */
public record ReceivableTotals(
        String key,
        String currency,
        long contracts,
        BigDecimal amount,
        BigDecimal planned,
        BigDecimal collected,
        BigDecimal recorded,
        BigDecimal outstanding,
        BigDecimal overdue) {}
