package com.crmplatform.leadservice.pool.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code crm.lead.pool.*}.
 *
 * @param claimLimit how many open leads (NEW, ASSIGNED, FOLLOWING) a salesperson may own and still claim more
 * @param recycleAfter an owned lead without a follow-up for this long goes back to the pool
 * @param recycleInterval how often the recycling job runs
 * @param recycleBatchSize how many leads one recycling transaction moves
 * @param tenantRecycleAfter {@code recycleAfter} for particular tenants (tenant id → duration)
 */
@ConfigurationProperties("crm.lead.pool")
@Validated
public record PoolProperties(
        @DefaultValue("50") @Positive int claimLimit,
        @DefaultValue("30d") @NotNull Duration recycleAfter,
        @DefaultValue("1h") @NotNull Duration recycleInterval,
        @DefaultValue("500") @Positive int recycleBatchSize,
        Map<String, Duration> tenantRecycleAfter) {

    public PoolProperties {
        tenantRecycleAfter = tenantRecycleAfter == null ? Map.of() : Map.copyOf(tenantRecycleAfter);
    }
}
