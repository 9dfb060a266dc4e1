package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The members a sync sends and what became of them. */
public interface SyncRepository {

    /**
     * Takes the campaign's sync lease unless another sync holds a live one.
     *
     * @return whether this caller now holds it
     */
    boolean acquireLease(UUID campaignId, String holder, Duration lease);

    void renewLease(UUID campaignId, String holder, Duration lease);

    void releaseLease(UUID campaignId, String holder);

    /**
     * Records the results (synced members keep their first lead or customer) and appends a member-synced event for
     * each member that became synced now.
     *
     * @return how many members became synced now
     */
    int record(SyncCampaign campaign, List<MemberIntakeResult> results);

    /** Members not synced yet. */
    long countUnsynced(UUID campaignId);
}
