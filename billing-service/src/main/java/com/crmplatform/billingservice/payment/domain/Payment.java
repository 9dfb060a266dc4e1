package com.crmplatform.billingservice.payment.domain;

import com.crmplatform.billingservice.contract.domain.KnownContract;
import com.crmplatform.contracts.billing.PaymentChanged;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment received against a contract (回款). Its facts (amount, currency, date, method, reference, installments)
 * never change; only its status moves, each step once: RECORDED → CONFIRMED (collected) → REVERSED, or RECORDED →
 * REVERSED. The database refuses anything else (V3 migration's triggers).
 *
 * @param customerId the contract's customer when the payment was recorded
 * @param installmentIds the installments the payer said it settles
 */
public record Payment(
        UUID id,
        String tenant,
        UUID contractId,
        UUID customerId,
        BigDecimal amount,
        String currency,
        LocalDate receivedAt,
        PaymentMethod method,
        String reference,
        List<UUID> installmentIds,
        PaymentStatus status,
        String recordedBy,
        Instant createdAt,
        String confirmedBy,
        Instant confirmedAt,
        String reversedBy,
        Instant reversedAt,
        String reversalReason) {

    public Payment {
        installmentIds = List.copyOf(installmentIds);
    }

    public static Payment record(NewPayment draft, KnownContract contract, String by, Instant now) {
        return new Payment(
                UUID.randomUUID(),
                contract.tenant(),
                contract.id(),
                contract.customerId(),
                draft.amount(),
                draft.currency(),
                draft.receivedAt(),
                draft.method(),
                draft.reference(),
                draft.installmentIds(),
                PaymentStatus.RECORDED,
                by,
                now,
                null,
                null,
                null,
                null,
                null);
    }

    public Payment confirmed(String by, Instant at) {
        return new Payment(
                id,
                tenant,
                contractId,
                customerId,
                amount,
                currency,
                receivedAt,
                method,
                reference,
                installmentIds,
                PaymentStatus.CONFIRMED,
                recordedBy,
                createdAt,
                by,
                at,
                null,
                null,
                null);
    }

    public Payment reversed(String by, Instant at, String reason) {
        return new Payment(
                id,
                tenant,
                contractId,
                customerId,
                amount,
                currency,
                receivedAt,
                method,
                reference,
                installmentIds,
                PaymentStatus.REVERSED,
                recordedBy,
                createdAt,
                confirmedBy,
                confirmedAt,
                by,
                at,
                reason);
    }

    /** The ledger entry of this payment's current status. */
    public PaymentEntry entry(String by, Instant at) {
        return switch (status) {
            case RECORDED -> new PaymentEntry(PaymentStatus.RECORDED, amount, null, by, at);
            case CONFIRMED -> new PaymentEntry(PaymentStatus.CONFIRMED, amount, null, by, at);
            case REVERSED -> new PaymentEntry(PaymentStatus.REVERSED, amount.negate(), reversalReason, by, at);
        };
    }

    /** The payment after a change, for its event; {@code wasConfirmed} tells a reversal's consumers what to undo. */
    public PaymentChanged changed(KnownContract contract, boolean wasConfirmed, String by, Instant at) {
        return new PaymentChanged(
                id,
                contractId,
                customerId,
                contract.sourceCampaignId(),
                amount,
                currency,
                receivedAt,
                method.name(),
                status.name(),
                wasConfirmed,
                installmentIds,
                reversalReason,
                by,
                at);
    }
}
