package com.crmplatform.billingservice.payment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/payments/{id}/reverse}: why the payment is reversed, kept in the ledger. */
record ReversePaymentRequest(@NotBlank @Size(max = 500) String reason) {}
