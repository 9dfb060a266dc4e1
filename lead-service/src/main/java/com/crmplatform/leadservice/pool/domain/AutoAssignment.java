package com.crmplatform.leadservice.pool.domain;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's round-robin automatic assignment: when enabled, each lead captured without an owner goes to the next
 * of {@code salespeople} in turn.
 *
 * @param nextSalespersonId whose turn it is (null when nobody takes turns)
 * @param updatedBy the admin who last set it (null while never set)
 */
public record AutoAssignment(
        boolean enabled, List<String> salespeople, String nextSalespersonId, String updatedBy, Instant updatedAt) {

    public AutoAssignment {
        salespeople = List.copyOf(salespeople);
    }

    /** A tenant's setting before an admin ever set one. */
    public static AutoAssignment off() {
        return new AutoAssignment(false, List.of(), null, null, null);
    }
}
