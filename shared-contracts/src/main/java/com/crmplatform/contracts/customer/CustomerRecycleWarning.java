package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * An owned customer will go back to the pool soon unless its owner acts (type {@code
 * com.crmplatform.customer.recycle-warning.v1}). Published once per owner and due date.
 *
 * @param customerId the customer
 * @param ownerId the owner who will lose it: the one to notify
 * @param rule the rule that is due first
 * @param dueAt when the recycling job takes the customer, if nothing changes
 */
public record CustomerRecycleWarning(UUID customerId, String ownerId, RecycleRule rule, Instant dueAt) {}
