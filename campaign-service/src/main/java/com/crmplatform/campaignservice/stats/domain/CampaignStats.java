package com.crmplatform.campaignservice.stats.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Campaign data and ROI, the third tab of a campaign (PRODUCT.md §5). Totals are all time; {@code daily} covers
 * {@code from}–{@code to}. Money is in {@code currency} (the campaign's) at two decimals; amounts in other currencies
 * are listed in {@code otherCurrencies} and left out of the amounts and ROI.
 *
 * @param roi (contractAmount − cost) / cost, four decimals; null when the cost is 0
 * @param roiCollected (collectedAmount − cost) / cost, four decimals; null when the cost is 0
 */
public record CampaignStats(
        UUID campaignId,
        String currency,
        long views,
        long uniqueVisitors,
        long submissions,
        long members,
        long synced,
        long leads,
        long customers,
        long opportunities,
        long wonOpportunities,
        long contracts,
        BigDecimal contractAmount,
        BigDecimal collectedAmount,
        BigDecimal cost,
        BigDecimal roi,
        BigDecimal roiCollected,
        Conversion conversion,
        List<CurrencyAmounts> otherCurrencies,
        LocalDate from,
        LocalDate to,
        List<DailyStats> daily) {

    /** Puts the figures together: the campaign's currency apart from the others, cost, ROI and conversion. */
    public static CampaignStats of(
            CampaignCost campaign,
            Funnel funnel,
            List<CurrencyAmounts> revenue,
            LocalDate from,
            LocalDate to,
            List<DailyStats> daily) {
        CurrencyAmounts own = revenue.stream()
                .filter(r -> r.currency().equals(campaign.currency()))
                .findFirst()
                .orElse(new CurrencyAmounts(campaign.currency(), 0, BigDecimal.ZERO, BigDecimal.ZERO));
        List<CurrencyAmounts> others = revenue.stream()
                .filter(r -> !r.currency().equals(campaign.currency()))
                .map(r -> new CurrencyAmounts(
                        r.currency(),
                        r.contracts(),
                        StatsMath.money(r.contractAmount()),
                        StatsMath.money(r.collectedAmount())))
                .toList();
        BigDecimal cost = StatsMath.cost(campaign.budget(), campaign.actualCost());
        BigDecimal contractAmount = StatsMath.money(own.contractAmount());
        BigDecimal collectedAmount = StatsMath.money(own.collectedAmount());
        Funnel counted = new Funnel(
                funnel.views(),
                funnel.uniqueVisitors(),
                funnel.submissions(),
                funnel.members(),
                funnel.synced(),
                funnel.leads(),
                funnel.customers(),
                funnel.opportunities(),
                funnel.wonOpportunities(),
                own.contracts());
        return new CampaignStats(
                campaign.id(),
                campaign.currency(),
                counted.views(),
                counted.uniqueVisitors(),
                counted.submissions(),
                counted.members(),
                counted.synced(),
                counted.leads(),
                counted.customers(),
                counted.opportunities(),
                counted.wonOpportunities(),
                counted.contracts(),
                contractAmount,
                collectedAmount,
                cost,
                StatsMath.roi(contractAmount, cost),
                StatsMath.roi(collectedAmount, cost),
                Conversion.of(counted),
                others,
                from,
                to,
                daily);
    }
}
