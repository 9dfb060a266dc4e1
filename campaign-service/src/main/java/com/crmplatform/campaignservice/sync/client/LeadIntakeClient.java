package com.crmplatform.campaignservice.sync.client;

import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResponse;
import com.crmplatform.platform.feign.IdempotentFeignConfiguration;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** lead-service's intake of campaign members; idempotent per member, so retried calls are safe. */
@FeignClient(
        name = "lead-intake",
        url = "${crm.campaign.lead-service-url}",
        configuration = IdempotentFeignConfiguration.class)
interface LeadIntakeClient {

    @PostMapping("/api/v1/leads/campaign-members")
    MemberIntakeResponse take(@RequestBody MemberIntakeRequest request);
}
