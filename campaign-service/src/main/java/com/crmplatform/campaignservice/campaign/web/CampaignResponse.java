package com.crmplatform.campaignservice.campaign.web;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import com.crmplatform.campaignservice.campaign.domain.CampaignDetails;
import com.crmplatform.campaignservice.campaign.domain.CampaignMode;
import com.crmplatform.campaignservice.campaign.domain.CampaignStatus;
import com.crmplatform.campaignservice.campaign.domain.TargetObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A campaign as clients see it (detail and list row alike); the link token is not in it (see {@code /link}). */
record CampaignResponse(
        UUID id,
        String name,
        String type,
        CampaignMode mode,
        Instant startAt,
        Instant endAt,
        String ownerId,
        BigDecimal budget,
        String currency,
        BigDecimal actualCost,
        Integer expectedLeads,
        BigDecimal expectedRevenue,
        TargetObject targetObject,
        String description,
        CampaignStatus status,
        boolean autoSync,
        Integer formVersion,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt,
        int version) {

    static CampaignResponse from(Campaign c) {
        CampaignDetails d = c.details();
        return new CampaignResponse(
                c.id(),
                d.name(),
                d.type(),
                d.mode(),
                d.startAt(),
                d.endAt(),
                d.ownerId(),
                d.budget(),
                d.currency(),
                d.actualCost(),
                d.expectedLeads(),
                d.expectedRevenue(),
                d.targetObject(),
                d.description(),
                c.status(),
                d.autoSync(),
                c.formVersion(),
                c.createdBy(),
                c.createdAt(),
                c.updatedAt(),
                c.publishedAt(),
                c.closedAt(),
                c.version());
    }
}
