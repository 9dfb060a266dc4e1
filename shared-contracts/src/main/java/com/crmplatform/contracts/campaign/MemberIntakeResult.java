package com.crmplatform.contracts.campaign;

import java.util.UUID;

/**
 * What became of one member. Also the payload of lead-service's {@code com.crmplatform.lead.campaign-member-taken.v1}
 * and customer-service's {@code com.crmplatform.customer.campaign-member-taken.v1} (auto-sync).
 *
 * @param campaignId the campaign
 * @param memberId the member
 * @param outcome CREATED, LINKED or FAILED
 * @param recordId the lead's or customer's id (null when FAILED)
 * @param reason why it failed (a stable code, e.g. {@code INVALID_PHONE}), else null
 */
public record MemberIntakeResult(UUID campaignId, UUID memberId, IntakeOutcome outcome, UUID recordId, String reason) {}
