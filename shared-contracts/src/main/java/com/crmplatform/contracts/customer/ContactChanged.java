package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact of a customer was created, updated or deleted (types
 * {@code com.crmplatform.customer.contact-created.v1}, {@code …contact-updated.v1}, {@code …contact-deleted.v1};
 * key = customer id).
 *
 * @param customerId the customer the contact belongs to
 * @param contactId the contact
 * @param name the contact's name
 * @param primary whether it is (after the change) the customer's primary contact
 * @param changedBy the user who made the change
 * @param changedAt when
 */
public record ContactChanged(
        UUID customerId, UUID contactId, String name, boolean primary, String changedBy, Instant changedAt) {}
