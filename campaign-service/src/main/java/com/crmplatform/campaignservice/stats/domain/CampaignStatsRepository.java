package com.crmplatform.campaignservice.stats.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads a campaign's figures from its own tables and from the stats projection. */
public interface CampaignStatsRepository {

    /** The campaign, when it belongs to the tenant. */
    Optional<CampaignCost> findCampaign(String tenant, UUID campaignId);

    /** All-time counts; {@code contracts} is left 0 (it is counted per currency by {@link #revenue}). */
    Funnel funnel(String tenant, UUID campaignId);

    /** Counted contracts, their approved amount and the collected payments, per currency. */
    List<CurrencyAmounts> revenue(String tenant, UUID campaignId);

    /** One row per day from {@code from} to {@code to} inclusive, days counted in {@code zone}. */
    List<DailyStats> daily(String tenant, UUID campaignId, String currency, LocalDate from, LocalDate to, ZoneId zone);
}
