package com.crmplatform.dealservice.followup.web;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.dealservice.followup.domain.FollowUp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A follow-up as clients see it. */
record FollowUpResponse(
        UUID id,
        UUID opportunityId,
        FollowUpType type,
        String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        List<UUID> contactIds,
        String createdBy,
        Instant createdAt) {

    static FollowUpResponse from(FollowUp f) {
        return new FollowUpResponse(
                f.id(),
                f.opportunityId(),
                f.type(),
                f.content(),
                f.occurredAt(),
                f.nextFollowUpAt(),
                f.contactIds(),
                f.createdBy(),
                f.createdAt());
    }
}
