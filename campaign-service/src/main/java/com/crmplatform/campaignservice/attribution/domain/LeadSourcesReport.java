package com.crmplatform.campaignservice.attribution.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.List;
import java.util.UUID;

/**
 * Where a tenant's leads came from (PRODUCT.md §6, "lead sources by channel and campaign").
 *
 * @param total all leads captured in the tenant
 * @param bySource leads per channel, most first
 * @param byCampaign leads per campaign, most first (leads without a campaign are not listed)
 */
public record LeadSourcesReport(long total, List<SourceCount> bySource, List<CampaignCount> byCampaign) {

    public record SourceCount(LeadSource source, long leads) {}

    public record CampaignCount(UUID campaignId, long leads) {}
}
