package com.crmplatform.contracts.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up (跟进记录) was recorded on a customer (type {@code com.crmplatform.customer.followed-up.v1}).
 *
 * @param customerId the customer
 * @param followUpId the follow-up
 * @param type how: {@code CALL}, {@code VISIT}, {@code MESSAGE}, {@code EMAIL}, {@code MEETING}, {@code OTHER}
 * @param occurredAt when it happened
 * @param nextFollowUpAt when the next follow-up is planned, if any
 * @param contactIds the customer's contacts involved
 * @param recordedBy the user who recorded it
 */
public record CustomerFollowedUp(
        UUID customerId,
        UUID followUpId,
        String type,
        Instant occurredAt,
        Instant nextFollowUpAt,
        List<UUID> contactIds,
        String recordedBy) {}
