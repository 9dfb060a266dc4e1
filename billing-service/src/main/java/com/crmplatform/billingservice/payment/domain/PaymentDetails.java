package com.crmplatform.billingservice.payment.domain;

import com.crmplatform.billingservice.settlement.domain.Allocation;
import java.util.List;

/**
 * A payment with its ledger history (oldest first) and how its money settles installments.
 */
public record PaymentDetails(Payment payment, List<PaymentEntry> history, List<Allocation> allocations) {

    public PaymentDetails {
        history = List.copyOf(history);
        allocations = List.copyOf(allocations);
    }
}
