package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records what lead-service or customer-service made of an auto-synced member, as a manual sync records it. */
@Service
public class MemberTaken {

    private static final Logger log = LoggerFactory.getLogger(MemberTaken.class);

    private final SyncRepository repository;

    public MemberTaken(SyncRepository repository) {
        this.repository = repository;
    }

    public void record(String tenant, String topic, MemberIntakeResult result) {
        repository
                .findCampaign(tenant, result.campaignId())
                .ifPresentOrElse(
                        campaign -> repository.record(campaign, List.of(result)),
                        () -> log.warn(
                                "Member {} taken on {} for campaign {} unknown to tenant {}; ignored",
                                result.memberId(),
                                topic,
                                result.campaignId(),
                                tenant));
    }
}
