package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;

/**
 * lead-service's and customer-service's intake of campaign members: idempotent per member, so a batch may be sent
 * again after any failure and answers the same leads or customers.
 */
public interface MemberIntake {

    /**
     * @throws com.crmplatform.platform.error.ServiceUnavailableException when the service is down, slow or its
     *     circuit is open; nothing is known then of the batch, and sending it again is safe
     */
    List<MemberIntakeResult> take(SyncCampaign campaign, MemberIntakeRequest request);
}
