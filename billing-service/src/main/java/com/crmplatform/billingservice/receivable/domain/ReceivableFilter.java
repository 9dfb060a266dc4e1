package com.crmplatform.billingservice.receivable.domain;

import java.util.UUID;

/** The receivables filters, each optional, combined with AND within the tenant. */
public record ReceivableFilter(UUID customerId, String ownerId, ReceivableStatus status, String currency) {}
