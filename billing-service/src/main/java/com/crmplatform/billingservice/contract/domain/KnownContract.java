package com.crmplatform.billingservice.contract.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A contract as billing-service knows it from deal-service's events.
 *
 * @param amount what billing plans and collects: the approved amount, or the contract's amount before its first
 *     approval
 * @param status deal-service's status ({@code DRAFT}, {@code PENDING_APPROVAL}, {@code ACTIVE}, {@code COMPLETED},
 *     {@code TERMINATED}); plans and payments only for {@code ACTIVE}
 * @param version deal-service's version of the contract, the newest of which wins
 */
public record KnownContract(
        String tenant,
        UUID id,
        String number,
        String title,
        UUID customerId,
        String ownerId,
        BigDecimal amount,
        String currency,
        String status,
        UUID sourceCampaignId,
        int version) {

    public static final String ACTIVE = "ACTIVE";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
