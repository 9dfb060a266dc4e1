package com.crmplatform.campaignservice.attribution.domain;

import com.crmplatform.contracts.lead.LeadCreated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts every captured lead by channel and campaign, so marketing sees what each campaign brings in. */
@Service
public class LeadAttributionService {

    private final LeadAttributionRepository attributions;

    LeadAttributionService(LeadAttributionRepository attributions) {
        this.attributions = attributions;
    }

    @Transactional
    public void leadCaptured(String tenant, LeadCreated lead) {
        attributions.record(
                new AttributedLead(tenant, lead.leadId(), lead.source(), lead.campaignId(), lead.createdAt()));
    }

    @Transactional(readOnly = true)
    public LeadSourcesReport report(String tenant) {
        return attributions.report(tenant);
    }
}
