package com.crmplatform.contracts.customer;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/**
 * What lead-service sends to {@code POST /api/v1/customers/from-lead} when a lead is converted (线索 → 客户).
 * Idempotent on {@code leadId}: a retried conversion answers the customer the first call created.
 *
 * @param leadId the converted lead; kept on the customer as {@code sourceLeadId}
 * @param name the customer's name: the lead's company, or the person's name for an individual
 * @param kind {@code ORGANIZATION} or {@code INDIVIDUAL}
 * @param industry the lead's industry, if known
 * @param phone the lead's phone, if any
 * @param email the lead's email, if any
 * @param source the lead's channel
 * @param campaignId the lead's campaign, kept as {@code sourceCampaignId} for ROI
 * @param ownerId the salesperson converting it, who becomes the customer's owner
 * @param contact the lead's person, who becomes the customer's first (primary) contact
 */
public record CustomerFromLeadRequest(
        UUID leadId,
        String name,
        CustomerKind kind,
        String industry,
        String phone,
        String email,
        LeadSource source,
        UUID campaignId,
        String ownerId,
        FirstContact contact) {

    /** The person behind the lead. */
    public record FirstContact(String name, String title, String phone, String email) {}
}
