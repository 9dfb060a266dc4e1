package com.crmplatform.customerservice.recycling.domain;

import java.time.Instant;

/**
 * The rules in force for one tenant.
 *
 * @param usingDefaults true: the tenant has no rules of its own and the configured defaults apply (then {@code
 *     updatedBy} and {@code updatedAt} are null)
 */
public record TenantRecyclingRules(RecyclingRules rules, boolean usingDefaults, String updatedBy, Instant updatedAt) {

    static TenantRecyclingRules defaults(RecyclingRules rules) {
        return new TenantRecyclingRules(rules, true, null, null);
    }
}
