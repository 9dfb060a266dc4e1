package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead without a follow-up for too long went back to the pool automatically (type
 * {@code com.crmplatform.lead.recycled.v1}); the previous owner is the one to notify.
 *
 * @param leadId the lead
 * @param previousOwnerId the salesperson who owned it
 * @param lastFollowUpAt its last follow-up, or null when there was none
 * @param recycledAt when
 */
public record LeadRecycled(UUID leadId, String previousOwnerId, Instant lastFollowUpAt, Instant recycledAt) {}
