package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records what lead-service or customer-service made of an auto-synced member, as a manual sync records it. */
@Service
public class MemberTaken {

    private static final Logger log = LoggerFactory.getLogger(MemberTaken.class);

    private final CampaignService campaigns;
    private final SyncRepository repository;

    public MemberTaken(CampaignService campaigns, SyncRepository repository) {
        this.campaigns = campaigns;
        this.repository = repository;
    }

    public void record(String tenant, String topic, MemberIntakeResult result) {
        campaigns
                .find(tenant, result.campaignId())
                .ifPresentOrElse(
                        campaign -> repository.record(SyncCampaign.of(campaign), List.of(result)),
                        () -> log.warn(
                                "Member {} taken on {} for campaign {} unknown to tenant {}; ignored",
                                result.memberId(),
                                topic,
                                result.campaignId(),
                                tenant));
    }
}
