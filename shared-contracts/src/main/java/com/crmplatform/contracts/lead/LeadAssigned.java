package com.crmplatform.contracts.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin assigned a pool lead to a salesperson (type {@code com.crmplatform.lead.assigned.v1}).
 *
 * @param leadId the lead
 * @param ownerId the salesperson who owns it now
 * @param reason why, as the admin wrote it (may be null)
 * @param assignedBy the admin
 * @param assignedAt when
 */
public record LeadAssigned(UUID leadId, String ownerId, String reason, String assignedBy, Instant assignedAt) {}
