package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/** The editable part of a lead, replaced as a whole by an update. */
public record LeadEdit(
        ContactDetails contact, LeadProfile profile, LeadSource source, UUID campaignId, Instant nextFollowUpAt) {

    public LeadEdit {
        profile = profile == null ? LeadProfile.EMPTY : profile;
    }
}
