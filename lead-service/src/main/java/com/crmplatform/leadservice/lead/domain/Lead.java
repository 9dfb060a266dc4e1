package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadCreated;
import com.crmplatform.contracts.lead.LeadInvalidated;
import com.crmplatform.contracts.lead.LeadRestored;
import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.contracts.lead.LeadUpdated;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead (线索): unverified prospect information from some channel. Belongs to one tenant; owned by a
 * salesperson, or by nobody while it is in the lead pool. Every change returns a new lead with the next version.
 *
 * @param channel the code of the tenant's source channel it came through (under {@code source}), or null
 * @param ownedSince when the current owner got it (null in the pool): recycling counts from here
 * @param invalidReason why it was marked invalid (only while INVALID)
 */
public record Lead(
        UUID id,
        String tenant,
        ContactDetails contact,
        LeadProfile profile,
        LeadSource source,
        String channel,
        UUID campaignId,
        LeadStatus status,
        String ownerId,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastFollowUpAt,
        Instant nextFollowUpAt,
        String invalidReason,
        Instant ownedSince,
        UUID customerId,
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
                draft.profile(),
                draft.source(),
                draft.channel(),
                draft.campaignId(),
                LeadStatus.NEW,
                capturedBySalesperson ? capturedBy : null,
                capturedBy,
                now,
                now,
                null,
                null,
                null,
                capturedBySalesperson ? now : null,
                null,
                0);
    }

    public boolean inPool() {
        return ownerId == null;
    }

    public Lead edited(LeadEdit edit, Instant now) {
        status.require(LeadAction.EDIT);
        return new Lead(
                id,
                tenant,
                edit.contact(),
                edit.profile(),
                edit.source(),
                edit.channel(),
                edit.campaignId(),
                status,
                ownerId,
                createdBy,
                createdAt,
                now,
                lastFollowUpAt,
                edit.nextFollowUpAt(),
                invalidReason,
                ownedSince,
                customerId,
                version + 1);
    }

    public Lead invalidated(String reason, Instant now) {
        status.require(LeadAction.INVALIDATE);
        return next(LeadStatus.INVALID, ownerId, ownedSince, lastFollowUpAt, nextFollowUpAt, reason, now);
    }

    /** Back to where it would be: the pool (NEW), or its owner's (FOLLOWING once followed up, else ASSIGNED). */
    public Lead restored(Instant now) {
        status.require(LeadAction.RESTORE);
        LeadStatus back =
                inPool() ? LeadStatus.NEW : lastFollowUpAt != null ? LeadStatus.FOLLOWING : LeadStatus.ASSIGNED;
        return next(back, ownerId, ownedSince, lastFollowUpAt, nextFollowUpAt, null, now);
    }

    /** A new owner (assigned, claimed or transferred): ASSIGNED, owned from now. */
    public Lead ownedBy(String newOwner, LeadAction action, Instant now) {
        status.require(action);
        return next(LeadStatus.ASSIGNED, newOwner, now, lastFollowUpAt, nextFollowUpAt, null, now);
    }

    /** Back to the pool (released or recycled): NEW, no owner, no planned follow-up. */
    public Lead returnedToPool(LeadAction action, Instant now) {
        status.require(action);
        return next(LeadStatus.NEW, null, null, lastFollowUpAt, null, null, now);
    }

    /** A follow-up was recorded: FOLLOWING, with the latest contact time and the next planned one. */
    public Lead followedUp(Instant occurredAt, Instant nextPlanned, Instant now) {
        status.require(LeadAction.FOLLOW_UP);
        Instant last = lastFollowUpAt == null || occurredAt.isAfter(lastFollowUpAt) ? occurredAt : lastFollowUpAt;
        return next(LeadStatus.FOLLOWING, ownerId, ownedSince, last, nextPlanned, null, now);
    }

    /** Converted into a customer (线索 → 客户): CONVERTED, final; the owner stays. */
    public Lead converted(Instant now) {
        status.require(LeadAction.CONVERT);
        return next(LeadStatus.CONVERTED, ownerId, ownedSince, lastFollowUpAt, nextFollowUpAt, null, now);
    }

    private Lead next(
            LeadStatus newStatus,
            String newOwner,
            Instant newOwnedSince,
            Instant newLastFollowUp,
            Instant newNextFollowUp,
            String newInvalidReason,
            Instant now) {
        return new Lead(
                id,
                tenant,
                contact,
                profile,
                source,
                channel,
                campaignId,
                newStatus,
                newOwner,
                createdBy,
                createdAt,
                now,
                newLastFollowUp,
                newNextFollowUp,
                newInvalidReason,
                newOwnedSince,
                customerId,
                version + 1);
    }

    public LeadCreated created() {
        return new LeadCreated(
                id, contact.name(), contact.company(), source, channel, campaignId, ownerId, createdBy, createdAt);
    }

    public LeadUpdated updated(String updatedBy) {
        return new LeadUpdated(
                id, contact.name(), contact.company(), source, channel, campaignId, version, updatedBy, updatedAt);
    }

    public LeadInvalidated invalidatedEvent(String invalidatedBy) {
        return new LeadInvalidated(id, invalidReason, ownerId, invalidatedBy, updatedAt);
    }

    public LeadRestored restoredEvent(String restoredBy) {
        return new LeadRestored(id, status.name(), ownerId, restoredBy, updatedAt);
    }
}
