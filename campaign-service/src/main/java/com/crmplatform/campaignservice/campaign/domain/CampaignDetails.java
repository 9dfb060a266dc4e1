package com.crmplatform.campaignservice.campaign.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A campaign's basic information (step 1 of the wizard), as a client gives it when creating or editing one. Money is
 * exact (scale 2) in {@code currency}.
 *
 * @param ownerId the responsible user; null on creation means the caller
 */
public record CampaignDetails(
        String name,
        String type,
        CampaignMode mode,
        Instant startAt,
        Instant endAt,
        String ownerId,
        BigDecimal budget,
        String currency,
        BigDecimal actualCost,
        Integer expectedLeads,
        BigDecimal expectedRevenue,
        TargetObject targetObject,
        String description,
        boolean autoSync) {

    public CampaignDetails withOwner(String owner) {
        return new CampaignDetails(
                name,
                type,
                mode,
                startAt,
                endAt,
                owner,
                budget,
                currency,
                actualCost,
                expectedLeads,
                expectedRevenue,
                targetObject,
                description,
                autoSync);
    }

    /** True when {@code other} differs only in the actual cost and the description (what a final campaign allows). */
    boolean differsOnlyInCostAndDescription(CampaignDetails other) {
        return Objects.equals(name, other.name)
                && Objects.equals(type, other.type)
                && mode == other.mode
                && Objects.equals(startAt, other.startAt)
                && Objects.equals(endAt, other.endAt)
                && Objects.equals(ownerId, other.ownerId)
                && sameAmount(budget, other.budget)
                && Objects.equals(currency, other.currency)
                && Objects.equals(expectedLeads, other.expectedLeads)
                && sameAmount(expectedRevenue, other.expectedRevenue)
                && targetObject == other.targetObject
                && autoSync == other.autoSync;
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
