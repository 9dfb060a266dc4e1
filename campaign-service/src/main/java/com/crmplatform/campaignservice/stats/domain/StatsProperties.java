package com.crmplatform.campaignservice.stats.domain;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of campaign data ({@code crm.campaign.stats.*}).
 *
 * @param timeZone the business time zone the per-day series counts days in (default Asia/Shanghai, as billing's)
 * @param maxDays the longest per-day series one request may ask for
 */
@ConfigurationProperties("crm.campaign.stats")
public record StatsProperties(
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @DefaultValue("366") int maxDays) {}
