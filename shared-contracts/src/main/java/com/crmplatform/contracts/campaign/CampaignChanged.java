package com.crmplatform.contracts.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A campaign as it is after a change (types {@code com.crmplatform.campaign.*.v1} but the member ones).
 *
 * @param campaignId the campaign
 * @param name its name
 * @param type its type code (CONFERENCE, WEBINAR, … or the tenant's own)
 * @param mode ONLINE or OFFLINE
 * @param startAt when it starts
 * @param endAt when it ends
 * @param ownerId the marketing user responsible for it
 * @param budget the planned spend, exact, in {@code currency}
 * @param actualCost the actual spend once entered, else null
 * @param currency ISO 4217 code of budget and cost
 * @param targetObject LEAD or CUSTOMER: what its members become when synced
 * @param status DRAFT, PUBLISHED, CLOSED or CANCELLED
 * @param changedBy the user who made the change, or {@code system} for the automatic close
 * @param changedAt when
 * @param version the campaign's version after the change
 */
public record CampaignChanged(
        UUID campaignId,
        String name,
        String type,
        String mode,
        Instant startAt,
        Instant endAt,
        String ownerId,
        BigDecimal budget,
        BigDecimal actualCost,
        String currency,
        String targetObject,
        String status,
        String changedBy,
        Instant changedAt,
        int version) {}
