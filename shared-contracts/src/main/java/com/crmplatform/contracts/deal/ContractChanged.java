package com.crmplatform.contracts.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as it is after a change (types {@code com.crmplatform.contract.*.v1}).
 *
 * @param contractId the contract
 * @param number its readable per-tenant number, e.g. {@code HT-2026-000123}
 * @param title its title
 * @param customerId its customer
 * @param opportunityId the won opportunity it came from, or null
 * @param amount its amount, exact (a JSON number), in {@code currency}
 * @param currency ISO 4217 code, e.g. {@code CNY}
 * @param approvedAmount the amount last approved (null before the first approval); billing plans against it
 * @param status {@code DRAFT}, {@code PENDING_APPROVAL}, {@code ACTIVE}, {@code COMPLETED} or {@code TERMINATED}
 * @param previousStatus the status before the change
 * @param ownerId the owning salesperson
 * @param sourceCampaignId the campaign its customer came from (revenue attribution), or null
 * @param signedAt the signing date, if signed
 * @param startDate the start of its term, if set
 * @param endDate the end of its term, if set
 * @param comment the rejection comment or termination reason of this change, else null
 * @param changedBy the user who made the change
 * @param changedAt when
 * @param version the contract's version after the change
 * @param customerDeal the customer's deal status after the change, for customer-service
 */
public record ContractChanged(
        UUID contractId,
        String number,
        String title,
        UUID customerId,
        UUID opportunityId,
        BigDecimal amount,
        String currency,
        BigDecimal approvedAmount,
        String status,
        String previousStatus,
        String ownerId,
        UUID sourceCampaignId,
        LocalDate signedAt,
        LocalDate startDate,
        LocalDate endDate,
        String comment,
        String changedBy,
        Instant changedAt,
        int version,
        CustomerDeal customerDeal) {}
