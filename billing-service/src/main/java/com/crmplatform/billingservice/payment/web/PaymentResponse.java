package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.payment.domain.Payment;
import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A payment as clients see it; the amount is an exact JSON number in {@code currency}. */
record PaymentResponse(
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
        String reversalReason) {

    static PaymentResponse from(Payment p) {
        return new PaymentResponse(
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
                p.reversalReason());
    }
}
