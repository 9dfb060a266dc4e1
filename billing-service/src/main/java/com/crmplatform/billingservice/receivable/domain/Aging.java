package com.crmplatform.billingservice.receivable.domain;

import java.math.BigDecimal;

/**
 * What is owed in one currency, by how long past due (账龄), counting only confirmed payments.
 *
 * @param notYetDue unpaid of installments due today or later
 * @param unscheduled outstanding that no installment covers (a plan short of the contract's amount)
 * @param total the sum of all the buckets
 * @param contracts the contracts not yet fully paid
 */
public record Aging(
        String currency,
        long contracts,
        BigDecimal notYetDue,
        BigDecimal days1To30,
        BigDecimal days31To60,
        BigDecimal days61To90,
        BigDecimal over90Days,
        BigDecimal unscheduled,
        BigDecimal total) {}
