package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A salesperson claimed a lead from the pool (type {@code com.crmplatform.lead.claimed.v1}).
 *
 * @param leadId the lead
 * @param ownerId the salesperson who claimed it and owns it now
 * @param claimedAt when
 */
public record LeadClaimed(UUID leadId, String ownerId, Instant claimedAt) {}
