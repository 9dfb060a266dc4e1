package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead was captured (type {@code com.crmplatform.lead.created.v1}, topic {@code crm.lead}, key = lead id).
 *
 * @param leadId the new lead
 * @param name the person's name
 * @param company the person's company, if known
 * @param source the channel it came from
 * @param channel the tenant's own channel under {@code source} (its code), or null when none was given
 * @param campaignId the campaign it is attributed to, if any (ROI)
 * @param ownerId the salesperson owning it, or null when it is in the lead pool
 * @param createdBy the user who captured it
 * @param createdAt when it was captured
 */
public record LeadCreated(
        UUID leadId,
        String name,
        String company,
        LeadSource source,
        String channel,
        UUID campaignId,
        String ownerId,
        String createdBy,
        Instant createdAt) {}
