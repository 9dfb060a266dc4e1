package com.crmplatform.customerservice.campaign.web;

import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResponse;
import com.crmplatform.customerservice.campaign.domain.MemberIntakeService;
import com.crmplatform.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * campaign-service's manual sync (执行同步) of a campaign with target CUSTOMER: up to 1,000 members per call, each
 * answered CREATED, LINKED or FAILED, the same way however often it is sent.
 */
@RestController
@RequestMapping("/api/v1/customers/campaign-members")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
class CampaignMemberController {

    private final MemberIntakeService intake;

    CampaignMemberController(MemberIntakeService intake) {
        this.intake = intake;
    }

    @PostMapping
    MemberIntakeResponse take(@RequestBody MemberIntakeRequest request, CurrentUser user) {
        return new MemberIntakeResponse(intake.takeAll(user.tenant(), user.id(), request));
    }
}
