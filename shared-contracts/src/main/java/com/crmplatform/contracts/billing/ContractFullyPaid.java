package com.crmplatform.contracts.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Confirmed payments reached the contract amount (type {@code com.crmplatform.receivable.fully-paid.v1}).
 *
 * @param collected the confirmed total (may exceed the amount when over-collection was allowed)
 * @param sourceCampaignId the campaign the customer came from (revenue attribution), or null
 */
public record ContractFullyPaid(
        UUID contractId,
        UUID customerId,
        UUID sourceCampaignId,
        BigDecimal amount,
        BigDecimal collected,
        String currency,
        Instant paidAt) {}
