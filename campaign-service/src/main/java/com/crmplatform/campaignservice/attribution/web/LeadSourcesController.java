package com.crmplatform.campaignservice.attribution.web;

import com.crmplatform.campaignservice.attribution.domain.LeadAttributionService;
import com.crmplatform.campaignservice.attribution.domain.LeadSourcesReport;
import com.crmplatform.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LeadSourcesController {

    private final LeadAttributionService attribution;

    LeadSourcesController(LeadAttributionService attribution) {
        this.attribution = attribution;
    }

    /** Leads of the caller's tenant by channel and by campaign. */
    @GetMapping("/api/v1/campaigns/lead-sources")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
    LeadSourcesReport leadSources(CurrentUser user) {
        return attribution.report(user.tenant());
    }
}
