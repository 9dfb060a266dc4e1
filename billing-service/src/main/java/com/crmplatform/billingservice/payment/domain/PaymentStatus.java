package com.crmplatform.billingservice.payment.domain;

/** A payment's life: recorded, then confirmed by finance (collected), or reversed (from either). */
public enum PaymentStatus {
    RECORDED,
    CONFIRMED,
    REVERSED
}
