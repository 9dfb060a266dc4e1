package com.crmplatform.billingservice.payment.web;

import com.crmplatform.billingservice.payment.domain.PaymentFilter;
import com.crmplatform.billingservice.payment.domain.PaymentMethod;
import com.crmplatform.billingservice.payment.domain.PaymentStatus;
import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The payment list's query parameters checked into a filter: ranges must not be upside down. */
final class PaymentFilters {

    private PaymentFilters() {}

    static PaymentFilter of(
            UUID contractId,
            UUID customerId,
            PaymentStatus status,
            PaymentMethod method,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            BigDecimal amountMin,
            BigDecimal amountMax) {
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            throw new InvalidRequestException("receivedTo", "Range", "receivedTo must not be before receivedFrom");
        }
        if (amountMin != null && amountMax != null && amountMin.compareTo(amountMax) > 0) {
            throw new InvalidRequestException("amountMax", "Range", "amountMax must not be below amountMin");
        }
        return new PaymentFilter(
                contractId, customerId, status, method, receivedFrom, receivedTo, amountMin, amountMax);
    }
}
