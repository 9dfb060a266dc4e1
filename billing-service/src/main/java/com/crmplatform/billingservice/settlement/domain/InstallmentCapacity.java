package com.crmplatform.billingservice.settlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A live installment and how much of it live payments already hold.
 *
 * @param reserved allocations of payments recorded or confirmed, not reversed
 */
public record InstallmentCapacity(UUID id, LocalDate dueDate, int position, BigDecimal amount, BigDecimal reserved) {

    BigDecimal free() {
        return amount.subtract(reserved).max(BigDecimal.ZERO);
    }
}
