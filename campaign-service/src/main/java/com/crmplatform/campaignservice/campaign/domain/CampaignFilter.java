package com.crmplatform.campaignservice.campaign.domain;

import java.time.Instant;

/**
 * The list's filters; each null one is not applied. {@code from}/{@code to}: campaigns whose time span overlaps
 * {@code [from, to)}. {@code keyword}: contained in the name, ignoring case.
 */
public record CampaignFilter(
        CampaignStatus status,
        CampaignMode mode,
        String type,
        String ownerId,
        TargetObject targetObject,
        Instant from,
        Instant to,
        String keyword) {}
