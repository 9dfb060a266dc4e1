package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/** What a caller provides to capture a lead. */
public record NewLead(ContactDetails contact, LeadProfile profile, LeadSource source, UUID campaignId) {

    public NewLead {
        profile = profile == null ? LeadProfile.EMPTY : profile;
    }
}
