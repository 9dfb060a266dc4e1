package com.crmplatform.contracts.campaign;

import java.util.List;
import java.util.UUID;

/**
 * A batch of one campaign's members to take in, sent by campaign-service's sync to
 * {@code POST /api/v1/leads/campaign-members} (target LEAD) or {@code POST /api/v1/customers/campaign-members}
 * (target CUSTOMER). Idempotent per member: sending a member again answers the same lead or customer.
 *
 * @param campaignId the campaign the members belong to (the lead's {@code campaignId}, the customer's
 *     {@code sourceCampaignId})
 * @param campaignName the campaign's name
 * @param campaignType the campaign's type code
 * @param members at most 1,000 members
 */
public record MemberIntakeRequest(
        UUID campaignId, String campaignName, String campaignType, List<CampaignMember> members) {

    public static final int MAX_MEMBERS = 1000;
}
