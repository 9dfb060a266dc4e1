package com.crmplatform.contracts.user;

import java.time.Instant;

/**
 * A salesperson left (type {@code com.crmplatform.user.offboarded.v1}): everything they owned moves to {@code
 * toOwnerId}, or to the pools when it is null. Published in the same transaction that moved their customers.
 *
 * @param userId the leaving user
 * @param toOwnerId the colleague who takes over, or null for the pools
 * @param reason the admin's reason
 * @param offboardedBy the admin who did it
 * @param offboardedAt when
 */
public record UserOffboarded(
        String userId, String toOwnerId, String reason, String offboardedBy, Instant offboardedAt) {}
