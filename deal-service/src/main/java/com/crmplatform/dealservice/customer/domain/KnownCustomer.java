package com.crmplatform.dealservice.customer.domain;

import java.util.UUID;

/**
 * A customer as deal-service knows it from customer-service's events.
 *
 * @param ownerId the owning salesperson, or null while it is in the customer pool
 * @param sourceCampaignId the campaign it came from, inherited by its opportunities and contracts
 */
public record KnownCustomer(
        String tenant, UUID id, String name, String ownerId, UUID sourceCampaignId, boolean deleted) {}
