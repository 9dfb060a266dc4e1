package com.crmplatform.campaignservice.stats.web;

import com.crmplatform.campaignservice.stats.domain.CampaignStats;
import com.crmplatform.campaignservice.stats.domain.CampaignStatsService;
import com.crmplatform.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CampaignStatsController {

    private final CampaignStatsService stats;

    CampaignStatsController(CampaignStatsService stats) {
        this.stats = stats;
    }

    /** A campaign's data and ROI (the third tab), with a per-day series from {@code from} to {@code to}. */
    @GetMapping("/api/v1/campaigns/{id}/stats")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')")
    CampaignStats stats(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            CurrentUser user) {
        return stats.stats(user.tenant(), id, from, to);
    }
}
