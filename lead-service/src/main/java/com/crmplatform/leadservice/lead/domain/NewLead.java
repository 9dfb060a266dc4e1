package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/** What a caller provides to capture a lead. */
public record NewLead(ContactDetails contact, LeadSource source, UUID campaignId) {}
