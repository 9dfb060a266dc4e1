package com.crmplatform.billingservice.settlement.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** Part of a payment's money settling one installment. */
public record Allocation(UUID paymentId, UUID installmentId, BigDecimal amount) {}
