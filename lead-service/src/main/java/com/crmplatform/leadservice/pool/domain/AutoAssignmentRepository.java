package com.crmplatform.leadservice.pool.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenants' round-robin settings and their cursor (whose turn it is). */
public interface AutoAssignmentRepository {

    Optional<AutoAssignment> find(String tenant);

    /** True when the tenant assigns automatically and someone takes turns. */
    boolean isEnabled(String tenant);

    /** Sets the tenant's setting; the turns start again from the first salesperson unless the list is unchanged. */
    void save(String tenant, boolean enabled, List<String> salespeople, String updatedBy, Instant updatedAt);

    /**
     * Atomically moves the cursor {@code count} turns on and returns whose turns they were, in order, while the
     * tenant assigns automatically (else empty). The row stays locked until the transaction ends, so concurrent
     * captures of the tenant take turns one after another.
     */
    List<String> takeTurns(String tenant, int count);

    /** Takes a user out of the tenant's turns (they left); the turns start again from the first salesperson. */
    void removeSalesperson(String tenant, String userId);
}
