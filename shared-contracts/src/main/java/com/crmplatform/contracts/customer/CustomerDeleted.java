package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin soft-deleted a customer (type {@code com.crmplatform.customer.deleted.v1}); it can be restored.
 *
 * @param customerId the customer
 * @param deletedBy the admin
 * @param deletedAt when
 */
public record CustomerDeleted(UUID customerId, String deletedBy, Instant deletedAt) {}
