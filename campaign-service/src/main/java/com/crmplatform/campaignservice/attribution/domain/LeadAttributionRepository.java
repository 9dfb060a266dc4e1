package com.crmplatform.campaignservice.attribution.domain;

/** Attributed leads, per tenant. */
public interface LeadAttributionRepository {

    /** Records the lead; a lead already recorded is left as it is. */
    void record(AttributedLead lead);

    LeadSourcesReport report(String tenant);
}
