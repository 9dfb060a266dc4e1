package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin moved a lead from one salesperson to another (type {@code com.crmplatform.lead.transferred.v1}).
 *
 * @param leadId the lead
 * @param ownerId the new owner
 * @param previousOwnerId the former owner
 * @param reason why, as the admin wrote it (may be null)
 * @param transferredBy the admin
 * @param transferredAt when
 */
public record LeadTransferred(
        UUID leadId,
        String ownerId,
        String previousOwnerId,
        String reason,
        String transferredBy,
        Instant transferredAt) {}
