package com.crmplatform.billingservice.plan.domain;

/** Where an installment stands, counting only confirmed payments. */
public enum InstallmentStatus {
    PENDING,
    PARTIALLY_PAID,
    PAID,
    OVERDUE
}
