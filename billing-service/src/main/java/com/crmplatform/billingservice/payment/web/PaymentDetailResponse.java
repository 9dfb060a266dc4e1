package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.payment.domain.PaymentDetails;
import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/payments/{id}}: the payment, its ledger history (recorded, confirmed, reversed: who, when, why)
 * and how its money settles installments.
 */
record PaymentDetailResponse(
        UUID id,
        UUID contractId,
        UUID customerId,
        BigDecimal amount,
        String currency,
        LocalDate receivedAt,
        PaymentMethod method,
        String reference,
        PaymentStatus status,
        List<UUID> installmentIds,
        String recordedBy,
        Instant createdAt,
        String confirmedBy,
        Instant confirmedAt,
        String reversedBy,
        Instant reversedAt,
        String reversalReason,
        List<AllocationResponse> allocations,
        List<EntryResponse> history) {

    static PaymentDetailResponse from(PaymentDetails details) {
        PaymentResponse p = PaymentResponse.from(details.payment());
        return new PaymentDetailResponse(
                p.id(),
                p.contractId(),
                p.customerId(),
                p.amount(),
                p.currency(),
                p.receivedAt(),
                p.method(),
                p.reference(),
                p.status(),
                p.installmentIds(),
                p.recordedBy(),
                p.createdAt(),
                p.confirmedBy(),
                p.confirmedAt(),
                p.reversedBy(),
                p.reversedAt(),
                p.reversalReason(),
                details.allocations().stream()
                        .map(a -> new AllocationResponse(a.installmentId(), a.amount()))
                        .toList(),
                details.history().stream()
                        .map(e -> new EntryResponse(e.kind(), e.amount(), e.by(), e.at(), e.reason()))
                        .toList());
    }

    /** Part of the payment settling one installment (while the payment is not reversed). */
    record AllocationResponse(UUID installmentId, BigDecimal amount) {}

    /** One ledger entry: {@code amount} is negative for the reversal. */
    record EntryResponse(PaymentStatus type, BigDecimal amount, String by, Instant at, String reason) {}
}
