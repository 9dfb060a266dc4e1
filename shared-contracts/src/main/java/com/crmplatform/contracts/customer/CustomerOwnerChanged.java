package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer changed hands (type {@code com.crmplatform.customer.owner-changed.v1}).
 *
 * @param customerId the customer
 * @param previousOwnerId the owner before, or null when it was in the pool
 * @param newOwnerId the owner after, or null when it is now in the pool
 * @param change assigned, transferred, claimed, released, recycled or offboarded
 * @param reason the reason given, if any
 * @param changedBy the user who made the change
 * @param changedAt when
 */
public record CustomerOwnerChanged(
        UUID customerId,
        String previousOwnerId,
        String newOwnerId,
        OwnerChange change,
        String reason,
        String changedBy,
        Instant changedAt) {}
