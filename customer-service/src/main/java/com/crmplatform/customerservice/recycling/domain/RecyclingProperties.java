package com.crmplatform.customerservice.recycling.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.customer.recycling.*}: the rules of tenants that have none of their own, and the job's schedule.
 *
 * @param interval how long the job waits between runs
 * @param initialDelay when the first run starts after start-up
 * @param batchSize how many customers one transaction of the job recycles or warns about
 */
@ConfigurationProperties("crm.customer.recycling")
@Validated
public record RecyclingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") int noFollowUpDays,
        @DefaultValue("90") int noDealDays,
        @DefaultValue("3") int warnDaysBefore,
        @DefaultValue("true") boolean exemptWithDeal,
        @DefaultValue("1h") @NotNull Duration interval,
        @DefaultValue("5m") @NotNull Duration initialDelay,
        @DefaultValue("500") @Positive int batchSize) {

    /** The default rules; a bad combination fails the start-up. */
    public RecyclingRules defaults() {
        return new RecyclingRules(enabled, noFollowUpDays, noDealDays, warnDaysBefore, exemptWithDeal);
    }
}
