package com.crmplatform.contracts.lead;

import com.crmplatform.contracts.common.FollowUpType;
import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up (跟进记录) was recorded on a lead (type {@code com.crmplatform.lead.followed-up.v1}).
 *
 * @param leadId the lead
 * @param followUpId the new follow-up
 * @param type call, visit, message, email, meeting or other
 * @param occurredAt when the contact took place
 * @param nextFollowUpAt when the next one is planned, if any
 * @param ownerId the lead's owner
 * @param recordedBy the user who recorded it (the owner or an admin)
 */
public record LeadFollowedUp(
        UUID leadId,
        UUID followUpId,
        FollowUpType type,
        Instant occurredAt,
        Instant nextFollowUpAt,
        String ownerId,
        String recordedBy) {}
