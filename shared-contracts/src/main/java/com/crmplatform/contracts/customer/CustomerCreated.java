package com.crmplatform.contracts.customer;

import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer was created, directly or from a lead (type {@code com.crmplatform.customer.created.v1}).
 *
 * @param customerId the new customer
 * @param name its name
 * @param kind organization or individual
 * @param source the channel it came from, if known
 * @param sourceLeadId the converted lead, or null for a customer created directly
 * @param sourceCampaignId the campaign it is attributed to (ROI), if any
 * @param ownerId the owning salesperson, or null when it is in the customer pool
 * @param createdBy the user who created it
 * @param createdAt when
 */
public record CustomerCreated(
        UUID customerId,
        String name,
        CustomerKind kind,
        LeadSource source,
        UUID sourceLeadId,
        UUID sourceCampaignId,
        String ownerId,
        String createdBy,
        Instant createdAt) {}
