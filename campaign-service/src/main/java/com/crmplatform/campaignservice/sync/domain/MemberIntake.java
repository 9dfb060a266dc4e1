package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * lead-service's and customer-service's intake of campaign members: idempotent per member, so a batch may be sent
 * again after any failure and answers the same leads or customers.
 */
public interface MemberIntake {

    /**
     * Sends the batch and returns at once; the answer completes the future. It fails with a
     * {@link com.crmplatform.platform.feign.RemoteProblemException} when the service refused the batch (4xx), or
     * with another exception when the service is down, slow or its circuit is open: nothing is known then of the
     * batch, and sending it again is safe.
     */
    CompletableFuture<List<MemberIntakeResult>> takeLater(SyncCampaign campaign, MemberIntakeRequest request);
}
