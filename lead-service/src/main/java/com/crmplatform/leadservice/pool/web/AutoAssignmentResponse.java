package com.crmplatform.leadservice.pool.web;

import com.crmplatform.leadservice.pool.domain.AutoAssignment;
import java.time.Instant;
import java.util.List;

/** The tenant's round-robin automatic assignment; {@code nextSalespersonId} gets the next ownerless lead. */
record AutoAssignmentResponse(
        boolean enabled, List<String> salespeople, String nextSalespersonId, String updatedBy, Instant updatedAt) {

    static AutoAssignmentResponse from(AutoAssignment settings) {
        return new AutoAssignmentResponse(
                settings.enabled(),
                settings.salespeople(),
                settings.nextSalespersonId(),
                settings.updatedBy(),
                settings.updatedAt());
    }
}
