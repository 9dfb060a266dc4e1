package com.crmplatform.customerservice.followup.domain;

import com.crmplatform.contracts.common.FollowUpType;
import com.crmplatform.contracts.customer.CustomerFollowedUp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A follow-up (跟进记录) of a customer: how, what, when, the next planned one, the contacts involved. */
public record FollowUp(
        UUID id,
        String tenant,
        UUID customerId,
        FollowUpType type,
        String content,
        Instant occurredAt,
        Instant nextFollowUpAt,
        List<UUID> contactIds,
        String createdBy,
        Instant createdAt) {

    public FollowUp {
        contactIds = List.copyOf(contactIds);
    }

    public CustomerFollowedUp followedUp() {
        return new CustomerFollowedUp(customerId, id, type.name(), occurredAt, nextFollowUpAt, contactIds, createdBy);
    }
}
