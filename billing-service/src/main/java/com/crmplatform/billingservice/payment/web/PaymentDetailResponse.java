package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.payment.domain.PaymentDetails;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/payments/{id}}: the payment, its ledger history (recorded, confirmed, reversed: who, when, why)
 * and how its money settles installments; the payment's own fields sit at the top level, as in the list.
 */
record PaymentDetailResponse(
        @JsonUnwrapped PaymentResponse payment, List<AllocationResponse> allocations, List<EntryResponse> history) {

    static PaymentDetailResponse from(PaymentDetails details) {
        return new PaymentDetailResponse(
                PaymentResponse.from(details.payment()),
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
