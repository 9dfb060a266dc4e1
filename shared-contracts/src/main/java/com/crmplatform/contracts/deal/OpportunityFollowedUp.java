package com.crmplatform.contracts.deal;

import java.time.Instant;
import java.util.UUID;

/**
 * A salesperson recorded a follow-up of an opportunity (type {@code com.crmplatform.opportunity.followed-up.v1}).
 *
 * @param opportunityId the opportunity
 * @param followUpId the follow-up
 * @param type how (CALL, VISIT, …)
 * @param occurredAt when it happened
 * @param nextFollowUpAt the next one planned, or null
 * @param createdBy who recorded it
 */
public record OpportunityFollowedUp(
        UUID opportunityId,
        UUID followUpId,
        String type,
        Instant occurredAt,
        Instant nextFollowUpAt,
        String createdBy) {}
