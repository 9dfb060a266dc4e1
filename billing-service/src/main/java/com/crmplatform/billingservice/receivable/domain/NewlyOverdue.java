package com.crmplatform.billingservice.receivable.domain;

import com.crmplatform.contracts.billing.InstallmentOverdue;

/** An installment the overdue job just marked, with its tenant and the event to publish. */
public record NewlyOverdue(String tenant, InstallmentOverdue event) {}
