package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead's owner (or an admin) released it back to the pool (type {@code com.crmplatform.lead.released.v1}).
 *
 * @param leadId the lead
 * @param previousOwnerId the salesperson who owned it
 * @param reason why (may be null)
 * @param releasedBy the user who released it
 * @param releasedAt when
 */
public record LeadReleased(UUID leadId, String previousOwnerId, String reason, String releasedBy, Instant releasedAt) {}
