package com.crmplatform.billingservice.payment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The list filters; each is optional and they combine with AND, inside the caller's scope. */
public record PaymentFilter(
        UUID contractId,
        UUID customerId,
        PaymentStatus status,
        PaymentMethod method,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        BigDecimal amountMin,
        BigDecimal amountMax) {}
