package com.crmplatform.dealservice.followup.domain;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.contracts.deal.OpportunityFollowedUp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A follow-up (跟进记录) of an opportunity: how, what, when, the next planned one, the contacts involved. */
public record FollowUp(
        UUID id,
        String tenant,
        UUID opportunityId,
        FollowUpType type,
        String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        List<UUID> contactIds,
        String createdBy,
        Instant createdAt) {

    public FollowUp {
        contactIds = List.copyOf(contactIds);
    }

    public OpportunityFollowedUp followedUp() {
        return new OpportunityFollowedUp(opportunityId, id, type.name(), occurredAt, nextFollowUpAt, createdBy);
    }
}
