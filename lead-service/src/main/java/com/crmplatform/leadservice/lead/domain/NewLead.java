package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/**
 * What a caller provides to capture a lead.
 *
 * @param source null when the {@code channel} decides it
 * @param channel the code of one of the tenant's source channels, or null
 */
public record NewLead(ContactDetails contact, LeadProfile profile, LeadSource source, String channel, UUID campaignId) {

    public NewLead {
        profile = profile == null ? LeadProfile.EMPTY : profile;
    }

    /** A lead without a channel. */
    public NewLead(ContactDetails contact, LeadProfile profile, LeadSource source, UUID campaignId) {
        this(contact, profile, source, null, campaignId);
    }

    public NewLead withSource(LeadSource resolved) {
        return new NewLead(contact, profile, resolved, channel, campaignId);
    }
}
