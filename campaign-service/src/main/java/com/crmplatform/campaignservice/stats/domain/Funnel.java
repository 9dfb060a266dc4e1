package com.crmplatform.campaignservice.stats.domain;

/**
 * A campaign's counts, all time: from its own tables (views, visitors, members) and from the projection of the other
 * services' events (leads onwards). {@code contracts} counts those in the campaign's currency.
 */
public record Funnel(
        long views,
        long uniqueVisitors,
        long submissions,
        long members,
        long synced,
        long leads,
        long customers,
        long opportunities,
        long wonOpportunities,
        long contracts) {}
