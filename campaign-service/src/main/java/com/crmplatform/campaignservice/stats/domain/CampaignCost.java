package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What stats need of a campaign row: its currency, budget, actual cost and time span. */
public record CampaignCost(
        UUID id, String currency, BigDecimal budget, BigDecimal actualCost, Instant startAt, Instant endAt) {}
