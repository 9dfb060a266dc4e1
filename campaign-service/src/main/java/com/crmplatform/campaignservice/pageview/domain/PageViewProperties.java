package com.crmplatform.campaignservice.pageview.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.campaign.*} settings of the page view counters.
 *
 * @param visitorSecret the HMAC key of the unique-visitor hash (env {@code CRM_CAMPAIGN_VISITOR_SECRET}); at least
 *     32 characters. Whoever knows it can test whether a given address and browser visited on a given day, so keep
 *     it out of the repository in production; changing it only restarts the day's unique count.
 * @param viewTimeZone the zone whose calendar days views and visitors are counted in
 */
@ConfigurationProperties("crm.campaign")
@Validated
public record PageViewProperties(
        @NotBlank @Size(min = 32) String visitorSecret,
        @DefaultValue("Asia/Shanghai") @NotNull ZoneId viewTimeZone) {}
