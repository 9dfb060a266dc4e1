package com.crmplatform.leadservice.pool.web;

import com.crmplatform.leadservice.pool.domain.OwnershipAction;
import com.crmplatform.leadservice.pool.domain.OwnershipChange;
import java.time.Instant;

/** One ownership change; {@code fromOwnerId}/{@code toOwnerId} null mean the pool; {@code actor} may be "system". */
record HistoryEntryResponse(
        OwnershipAction action, String fromOwnerId, String toOwnerId, String reason, String actor, Instant occurredAt) {

    static HistoryEntryResponse from(OwnershipChange change) {
        return new HistoryEntryResponse(
                change.action(),
                change.fromOwner(),
                change.toOwner(),
                change.reason(),
                change.actor(),
                change.occurredAt());
    }
}
