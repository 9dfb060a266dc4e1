package com.crmplatform.campaignservice.stats.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.error.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers a campaign's data and ROI for the caller's tenant. */
@Service
@EnableConfigurationProperties(StatsProperties.class)
public class CampaignStatsService {

    private final CampaignStatsRepository stats;
    private final StatsProperties properties;
    private final Clock clock = Clock.systemUTC();

    CampaignStatsService(CampaignStatsRepository stats, StatsProperties properties) {
        this.stats = stats;
        this.properties = properties;
    }

    /**
     * The campaign's figures with a per-day series from {@code from} (default: the campaign's first day) to {@code to}
     * (default: today, but never past {@code maxDays} days from {@code from}).
     */
    @Transactional(readOnly = true)
    public CampaignStats stats(String tenant, UUID campaignId, LocalDate from, LocalDate to) {
        CampaignCost campaign =
                stats.findCampaign(tenant, campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        LocalDate first = from != null ? from : LocalDate.ofInstant(campaign.startAt(), properties.timeZone());
        LocalDate last = to != null ? to : defaultLast(first);
        if (last.isBefore(first)) {
            throw new InvalidRequestException("to", "RANGE", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(first, last) >= properties.maxDays()) {
            throw new InvalidRequestException(
                    "to", "RANGE", "the per-day series covers at most " + properties.maxDays() + " days");
        }
        return CampaignStats.of(
                campaign,
                stats.funnel(tenant, campaignId),
                stats.revenue(tenant, campaignId),
                first,
                last,
                stats.daily(tenant, campaignId, campaign.currency(), first, last, properties.timeZone()));
    }

    private LocalDate defaultLast(LocalDate first) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        LocalDate cap = first.plusDays(properties.maxDays() - 1L);
        if (today.isBefore(first)) {
            return first;
        }
        return today.isAfter(cap) ? cap : today;
    }
}
