package com.crmplatform.customerservice.recycling.domain;

import java.time.Instant;
import java.util.Optional;

/** The tenants' own recycling rules (a tenant without a row uses the configured defaults). */
public interface RecyclingRulesRepository {

    Optional<TenantRecyclingRules> find(String tenant);

    /** Inserts or replaces the tenant's rules. */
    void save(String tenant, RecyclingRules rules, String by, Instant at);
}
