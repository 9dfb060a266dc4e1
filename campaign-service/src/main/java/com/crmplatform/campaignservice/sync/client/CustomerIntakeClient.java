package com.crmplatform.campaignservice.sync.client;

import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResponse;
import com.crmplatform.platform.feign.IdempotentFeignConfiguration;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** customer-service's intake of campaign members; idempotent per member, so retried calls are safe. */
@FeignClient(
        name = "customer-intake",
        url = "${crm.campaign.customer-service-url}",
        configuration = IdempotentFeignConfiguration.class)
interface CustomerIntakeClient {

    @PostMapping("/api/v1/customers/campaign-members")
    MemberIntakeResponse take(@RequestBody MemberIntakeRequest request);
}
