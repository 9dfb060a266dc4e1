package com.crmplatform.leadservice.followup.domain;

import com.crmplatform.contracts.common.FollowUpType;
import java.time.Instant;
import java.util.UUID;

/** A follow-up (跟进记录): one contact with the lead's person, part of the lead's timeline. */
public record FollowUp(
        UUID id,
        String tenant,
        UUID leadId,
        FollowUpType type,
        String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        String createdBy,
        Instant createdAt) {}
