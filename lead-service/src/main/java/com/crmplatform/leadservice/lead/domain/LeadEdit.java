package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/**
 * The editable part of a lead, replaced as a whole by an update.
 *
 * @param source null when the {@code channel} decides it
 * @param channel the code of one of the tenant's source channels, or null
 */
public record LeadEdit(
        ContactDetails contact,
        LeadProfile profile,
        LeadSource source,
        String channel,
        UUID campaignId,
        Instant nextFollowUpAt) {

    public LeadEdit {
        profile = profile == null ? LeadProfile.EMPTY : profile;
    }

    public LeadEdit withSource(LeadSource resolved) {
        return new LeadEdit(contact, profile, resolved, channel, campaignId, nextFollowUpAt);
    }
}
