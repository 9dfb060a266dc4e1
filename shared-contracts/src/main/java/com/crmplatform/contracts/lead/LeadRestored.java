package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin restored an invalid lead (type {@code com.crmplatform.lead.restored.v1}).
 *
 * @param leadId the lead
 * @param status the status it returned to: {@code NEW}, {@code ASSIGNED} or {@code FOLLOWING}
 * @param ownerId its owner, or null when it is in the pool
 * @param restoredBy the admin
 * @param restoredAt when
 */
public record LeadRestored(UUID leadId, String status, String ownerId, String restoredBy, Instant restoredAt) {}
