package com.crmplatform.billingservice.settlement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A live payment with money not yet allocated to any installment.
 *
 * @param named the installments the payer said it settles, which it fills first
 */
public record OpenPayment(UUID id, BigDecimal unallocated, List<UUID> named) {

    public OpenPayment {
        named = List.copyOf(named);
    }
}
