package com.crmplatform.billingservice.payment.domain;

/**
 * What recording answered.
 *
 * @param replayed true when an earlier request with the same {@code Idempotency-Key} recorded it
 */
public record RecordedPayment(Payment payment, boolean replayed) {}
