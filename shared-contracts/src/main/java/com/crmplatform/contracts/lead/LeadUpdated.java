package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead's details were edited (type {@code com.crmplatform.lead.updated.v1}, topic {@code crm.lead}, key = lead
 * id). Carries the fields other services read; ownership and status changes have their own events.
 *
 * @param leadId the lead
 * @param name the person's name
 * @param company the person's company, if known
 * @param source the channel it came from
 * @param channel the tenant's own channel under {@code source} (its code), or null when none was given
 * @param campaignId the campaign it is attributed to, if any
 * @param version the lead's version after the edit
 * @param updatedBy the user who edited it
 * @param updatedAt when
 */
public record LeadUpdated(
        UUID leadId,
        String name,
        String company,
        LeadSource source,
        String channel,
        UUID campaignId,
        int version,
        String updatedBy,
        Instant updatedAt) {}
