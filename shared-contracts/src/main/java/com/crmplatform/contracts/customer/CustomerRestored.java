package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin restored a soft-deleted customer (type {@code com.crmplatform.customer.restored.v1}).
 *
 * @param customerId the customer
 * @param restoredBy the admin
 * @param restoredAt when
 */
public record CustomerRestored(UUID customerId, String restoredBy, Instant restoredAt) {}
