package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;

/**
 * The conversion rate of each step of a campaign's funnel: the next step's count divided by the previous one's, four
 * decimals (0.3000 = 30 %); null where the previous step is 0. A rate may pass 1 where a step is also fed from
 * outside the previous one (leads entered by hand, contracts signed without an opportunity).
 */
public record Conversion(
        BigDecimal visitorsToMembers,
        BigDecimal membersToLeads,
        BigDecimal leadsToCustomers,
        BigDecimal customersToOpportunities,
        BigDecimal opportunitiesToWon,
        BigDecimal wonToContracts) {

    static Conversion of(Funnel f) {
        return new Conversion(
                StatsMath.rate(f.members(), f.uniqueVisitors()),
                StatsMath.rate(f.leads(), f.members()),
                StatsMath.rate(f.customers(), f.leads()),
                StatsMath.rate(f.opportunities(), f.customers()),
                StatsMath.rate(f.wonOpportunities(), f.opportunities()),
                StatsMath.rate(f.contracts(), f.wonOpportunities()));
    }
}
