package com.crmplatform.contracts.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A member is now exactly one lead or customer (type {@code com.crmplatform.campaign.member-synced.v1}).
 *
 * @param campaignId the campaign
 * @param memberId the member
 * @param outcome CREATED (a new lead or customer) or LINKED (an existing one with the same phone or e-mail)
 * @param leadId the lead, for target LEAD
 * @param customerId the customer, for target CUSTOMER
 * @param syncedAt when
 */
public record MemberSynced(
        UUID campaignId, UUID memberId, IntakeOutcome outcome, UUID leadId, UUID customerId, Instant syncedAt) {}
