package com.crmplatform.billingservice.payment.domain;

import java.util.UUID;

/** The payment an {@code Idempotency-Key} recorded, and the fingerprint of the request that did. */
public record KeyedPayment(UUID paymentId, String requestHash) {}
