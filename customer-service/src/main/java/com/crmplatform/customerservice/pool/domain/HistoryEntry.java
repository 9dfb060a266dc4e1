package com.crmplatform.customerservice.pool.domain;

import com.crmplatform.contracts.customer.OwnerChange;
import java.time.Instant;
import java.util.UUID;

/** One ownership change of a customer, as kept in {@code customer_history}. */
public record HistoryEntry(
        UUID id,
        String tenant,
        UUID customerId,
        OwnerChange change,
        String fromOwnerId,
        String toOwnerId,
        String reason,
        String changedBy,
        Instant changedAt) {

    /** {@code changedBy} of changes no user made: the recycling rules. */
    public static final String SYSTEM = "system";
}
