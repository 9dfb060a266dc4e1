package com.crmplatform.billingservice.receivable.domain;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.billing.overdue.*}: the overdue job. Its schedule is {@code cron} (read by {@code @Scheduled}; "-" turns
 * it off), in the business time zone.
 *
 * @param batchSize installments one transaction of the job marks and announces
 */
@ConfigurationProperties("crm.billing.overdue")
@Validated
public record OverdueProperties(
        @DefaultValue("0 15 0 * * *") String cron,
        @DefaultValue("500") @Positive int batchSize) {}
