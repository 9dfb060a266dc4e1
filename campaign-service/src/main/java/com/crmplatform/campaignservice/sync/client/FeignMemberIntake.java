package com.crmplatform.campaignservice.sync.client;

import com.crmplatform.campaignservice.sync.domain.MemberIntake;
import com.crmplatform.campaignservice.sync.domain.SyncCampaign;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@link MemberIntake} through the Feign clients: leads for target LEAD, customers for target CUSTOMER. Each call runs
 * on a virtual thread of its own, with the caller's request attributes, so the platform's interceptor still relays
 * the caller's token.
 */
@Component
class FeignMemberIntake implements MemberIntake {

    private final LeadIntakeClient leads;
    private final CustomerIntakeClient customers;
    private final Executor calls = Executors.newVirtualThreadPerTaskExecutor();

    FeignMemberIntake(LeadIntakeClient leads, CustomerIntakeClient customers) {
        this.leads = leads;
        this.customers = customers;
    }

    @Override
    public CompletableFuture<List<MemberIntakeResult>> takeLater(SyncCampaign campaign, MemberIntakeRequest request) {
        RequestAttributes caller = RequestContextHolder.getRequestAttributes();
        return CompletableFuture.supplyAsync(
                () -> {
                    RequestContextHolder.setRequestAttributes(caller);
                    try {
                        return take(campaign, request);
                    } finally {
                        RequestContextHolder.resetRequestAttributes();
                    }
                },
                calls);
    }

    private List<MemberIntakeResult> take(SyncCampaign campaign, MemberIntakeRequest request) {
        return (campaign.targetsCustomers() ? customers.take(request) : leads.take(request)).results();
    }
}
