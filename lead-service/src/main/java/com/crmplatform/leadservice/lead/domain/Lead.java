package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead (线索): unverified prospect information from some channel. Belongs to one tenant; owned by a
 * salesperson, or by nobody while it is in the lead pool.
 */
public record Lead(
        UUID id,
        String tenant,
        ContactDetails contact,
        LeadSource source,
        UUID campaignId,
        LeadStatus status,
        String ownerId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /**
     * Captures a new lead. A salesperson capturing a lead keeps it; anyone else's lead lands in the pool.
     */
    public static Lead capture(
            NewLead draft, String tenant, String capturedBy, boolean capturedBySalesperson, Instant now) {
        return new Lead(
                UUID.randomUUID(),
                tenant,
                draft.contact(),
                draft.source(),
                draft.campaignId(),
                LeadStatus.NEW,
                capturedBySalesperson ? capturedBy : null,
                capturedBy,
                now,
                now,
                0);
    }

    public boolean inPool() {
        return ownerId == null;
    }

    public LeadCreated created() {
        return new LeadCreated(
                id, contact.name(), contact.company(), source, campaignId, ownerId, createdBy, createdAt);
    }
}
