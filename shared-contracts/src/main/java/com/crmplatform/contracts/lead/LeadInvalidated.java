package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead was marked invalid (无效线索) (type {@code com.crmplatform.lead.invalidated.v1}).
 *
 * @param leadId the lead
 * @param reason why it is invalid, as the user wrote it
 * @param ownerId its owner, or null when it was in the pool
 * @param invalidatedBy the user who marked it
 * @param invalidatedAt when
 */
public record LeadInvalidated(
        UUID leadId, String reason, String ownerId, String invalidatedBy, Instant invalidatedAt) {}
