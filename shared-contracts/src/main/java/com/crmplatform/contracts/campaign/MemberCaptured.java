package com.crmplatform.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A member was captured (type {@code com.crmplatform.campaign.member-captured.v1}). When {@code autoSync} is set,
 * lead-service (target LEAD) or customer-service (target CUSTOMER) takes the member in as it would through a manual
 * sync, idempotently on the member id, and answers with a {@code campaign-member-taken} event of its own.
 *
 * @param campaignId the campaign
 * @param campaignName its name (the lead's or customer's source note)
 * @param campaignType its type code
 * @param targetObject LEAD or CUSTOMER
 * @param autoSync whether the campaign syncs each member as it arrives
 * @param origin ONLINE (public form) or OFFLINE (entered by marketing)
 * @param member the member's answers
 * @param capturedBy the user who entered it, or null for a public submission
 * @param capturedAt when
 */
public record MemberCaptured(
        UUID campaignId,
        String campaignName,
        String campaignType,
        String targetObject,
        boolean autoSync,
        String origin,
        CampaignMember member,
        String capturedBy,
        Instant capturedAt) {}
