package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import java.util.UUID;

/**
 * What the sync needs to know of a campaign.
 *
 * @param id the campaign
 * @param tenant its tenant
 * @param name its name (the new leads' and customers' source note)
 * @param type its type code
 * @param targetObject LEAD or CUSTOMER
 * @param status DRAFT, PUBLISHED, CLOSED or CANCELLED
 */
public record SyncCampaign(UUID id, String tenant, String name, String type, String targetObject, String status) {

    /** What the sync needs of the campaign feature's campaign. */
    public static SyncCampaign of(Campaign campaign) {
        return new SyncCampaign(
                campaign.id(),
                campaign.tenant(),
                campaign.details().name(),
                campaign.details().type(),
                campaign.details().targetObject().name(),
                campaign.status().name());
    }

    public boolean targetsCustomers() {
        return "CUSTOMER".equals(targetObject);
    }
}
