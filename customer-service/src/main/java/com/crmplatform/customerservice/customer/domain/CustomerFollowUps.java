package com.crmplatform.customerservice.customer.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The latest follow-ups of a customer as its detail view shows them (implemented by the follow-up feature). */
public interface CustomerFollowUps {

    /** Newest first (by when they happened), at most {@code limit}. */
    List<RecentFollowUp> latest(String tenant, UUID customerId, int limit);

    /** One follow-up in a customer's detail view. */
    record RecentFollowUp(
            UUID id,
            String type,
            String content,
            Instant occurredAt,
            Instant nextFollowUpAt,
            List<UUID> contactIds,
            String createdBy) {}
}
