package com.crmplatform.leadservice.pool.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a lead's history: who moved it, when, from whom (null: the pool), to whom (null: the pool), why.
 *
 * @param actor the user who did it, or {@link #SYSTEM} for automatic recycling and round-robin assignment
 */
public record OwnershipChange(
        UUID id,
        String tenant,
        UUID leadId,
        OwnershipAction action,
        String fromOwner,
        String toOwner,
        String reason,
        String actor,
        Instant occurredAt) {

    public static final String SYSTEM = "system";

    public static OwnershipChange of(
            String tenant,
            UUID leadId,
            OwnershipAction action,
            String fromOwner,
            String toOwner,
            String reason,
            String actor,
            Instant at) {
        return new OwnershipChange(UUID.randomUUID(), tenant, leadId, action, fromOwner, toOwner, reason, actor, at);
    }
}
