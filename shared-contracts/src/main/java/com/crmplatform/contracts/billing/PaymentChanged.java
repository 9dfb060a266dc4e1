package com.crmplatform.contracts.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment as it is after a change (types {@code com.crmplatform.payment.*.v1}).
 *
 * @param paymentId the payment
 * @param contractId the contract it pays
 * @param customerId the contract's customer
 * @param sourceCampaignId the campaign the customer came from (revenue attribution), or null
 * @param amount exact (a JSON number), in {@code currency}; always positive
 * @param currency ISO 4217, the contract's currency
 * @param receivedAt the day the money arrived
 * @param method BANK_TRANSFER, CASH, CHECK, ALIPAY, WECHAT_PAY or OTHER
 * @param status RECORDED, CONFIRMED or REVERSED
 * @param wasConfirmed for a reversal: whether the reversed payment had been confirmed (collected goes down)
 * @param installmentIds the installments it settles
 * @param reason the reversal's reason, else null
 * @param changedBy the user who made the change
 * @param changedAt when
 */
public record PaymentChanged(
        UUID paymentId,
        UUID contractId,
        UUID customerId,
        UUID sourceCampaignId,
        BigDecimal amount,
        String currency,
        LocalDate receivedAt,
        String method,
        String status,
        boolean wasConfirmed,
        List<UUID> installmentIds,
        String reason,
        String changedBy,
        Instant changedAt) {}
