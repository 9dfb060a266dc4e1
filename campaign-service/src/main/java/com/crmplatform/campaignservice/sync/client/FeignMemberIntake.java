package com.crmplatform.campaignservice.sync.client;

import com.crmplatform.campaignservice.sync.domain.MemberIntake;
import com.crmplatform.campaignservice.sync.domain.SyncCampaign;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link MemberIntake} through the Feign clients: leads for target LEAD, customers for target CUSTOMER. */
@Component
class FeignMemberIntake implements MemberIntake {

    private final LeadIntakeClient leads;
    private final CustomerIntakeClient customers;

    FeignMemberIntake(LeadIntakeClient leads, CustomerIntakeClient customers) {
        this.leads = leads;
        this.customers = customers;
    }

    @Override
    public List<MemberIntakeResult> take(SyncCampaign campaign, MemberIntakeRequest request) {
        return (campaign.targetsCustomers() ? customers.take(request) : leads.take(request)).results();
    }
}
