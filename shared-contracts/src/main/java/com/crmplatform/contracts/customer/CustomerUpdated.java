package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's details were edited (type {@code com.crmplatform.customer.updated.v1}).
 *
 * @param customerId the customer
 * @param name its name after the change
 * @param industry its industry after the change
 * @param level its level (A, B, C) after the change
 * @param updatedBy the user who edited it
 * @param updatedAt when
 * @param version the customer's version after the change
 */
public record CustomerUpdated(
        UUID customerId,
        String name,
        String industry,
        String level,
        String updatedBy,
        Instant updatedAt,
        int version) {}
