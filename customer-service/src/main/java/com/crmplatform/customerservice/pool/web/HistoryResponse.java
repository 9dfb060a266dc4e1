package com.crmplatform.customerservice.pool.web;

import com.crmplatform.contracts.customer.OwnerChange;
import com.crmplatform.customerservice.pool.domain.HistoryEntry;
import java.time.Instant;
import java.util.UUID;

/** One ownership change. */
record HistoryResponse(
        UUID id,
        OwnerChange change,
        String fromOwnerId,
        String toOwnerId,
        String reason,
        String changedBy,
        Instant changedAt) {

    static HistoryResponse from(HistoryEntry e) {
        return new HistoryResponse(
                e.id(), e.change(), e.fromOwnerId(), e.toOwnerId(), e.reason(), e.changedBy(), e.changedAt());
    }
}
