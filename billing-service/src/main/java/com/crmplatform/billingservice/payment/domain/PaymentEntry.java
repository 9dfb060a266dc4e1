package com.crmplatform.billingservice.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a payment's history in the ledger, never changed once written.
 *
 * @param amount RECORDED and CONFIRMED: the payment's amount; REVERSED: its negation (the reversing entry)
 * @param reason the reversal's reason, else null
 */
public record PaymentEntry(PaymentStatus kind, BigDecimal amount, String reason, String by, Instant at) {}
