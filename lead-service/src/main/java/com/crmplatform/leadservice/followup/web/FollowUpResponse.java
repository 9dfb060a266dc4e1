package com.crmplatform.leadservice.followup.web;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.leadservice.followup.domain.FollowUp;
import java.time.Instant;
import java.util.UUID;

/** A follow-up as clients see it. */
record FollowUpResponse(
        UUID id,
        UUID leadId,
        FollowUpType type,
        String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        String createdBy,
        Instant createdAt) {

    static FollowUpResponse from(FollowUp followUp) {
        return new FollowUpResponse(
                followUp.id(),
                followUp.leadId(),
                followUp.type(),
                followUp.content(),
                followUp.occurredAt(),
                followUp.nextFollowUpAt(),
                followUp.createdBy(),
                followUp.createdAt());
    }
}
