package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of a campaign (business time zone): what happened that day. Leads and customers by creation, opportunities
 * by creation, won opportunities by the day they were won, contracts and their amount by the day of their first
 * approval, collected payments by the day the money arrived; amounts in the campaign's currency only.
 */
public record DailyStats(
        LocalDate day,
        long views,
        long uniqueVisitors,
        long members,
        long leads,
        long customers,
        long opportunities,
        long wonOpportunities,
        long contracts,
        BigDecimal contractAmount,
        BigDecimal collectedAmount) {}
