package com.crmplatform.contracts.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An opportunity as it is after a change (types {@code com.crmplatform.opportunity.*.v1} but followed-up).
 *
 * @param opportunityId the opportunity
 * @param customerId its customer
 * @param name its name
 * @param amount its amount, exact (a JSON number), in {@code currency}
 * @param currency ISO 4217 code, e.g. {@code CNY}
 * @param stage its stage code after the change, e.g. {@code PROPOSAL}, {@code WON}, {@code LOST}
 * @param previousStage the stage before a stage change, won, lost or reopen; null for other changes
 * @param probability the win probability in percent after the change
 * @param status {@code OPEN}, {@code WON} or {@code LOST}
 * @param lossReason the loss reason code when lost, else null
 * @param ownerId the owning salesperson
 * @param sourceCampaignId the campaign its customer came from (revenue attribution), or null
 * @param expectedCloseDate when it is expected to close
 * @param changedBy the user who made the change
 * @param changedAt when
 * @param version the opportunity's version after the change
 * @param customerDeal the customer's deal status after the change, for customer-service
 */
public record OpportunityChanged(
        UUID opportunityId,
        UUID customerId,
        String name,
        BigDecimal amount,
        String currency,
        String stage,
        String previousStage,
        int probability,
        String status,
        String lossReason,
        String ownerId,
        UUID sourceCampaignId,
        LocalDate expectedCloseDate,
        String changedBy,
        Instant changedAt,
        int version,
        CustomerDeal customerDeal) {}
