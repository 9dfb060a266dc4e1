package com.crmplatform.customerservice.recycling.domain;

import com.crmplatform.contracts.customer.RecycleRule;
import java.time.Instant;
import java.util.UUID;

/**
 * An owned customer with its due dates under its tenant's rules.
 *
 * @param followUpDueAt when the no-follow-up rule takes it
 * @param dealDueAt when the no-deal rule takes it; null once a deal is closed
 */
public record DueCustomer(
        String tenant,
        UUID customerId,
        String ownerId,
        Instant followUpDueAt,
        Instant dealDueAt,
        int noFollowUpDays,
        int noDealDays) {

    /** The rule that is due first (no follow-up on a tie). */
    public RecycleRule rule() {
        return dealDueAt != null && dealDueAt.isBefore(followUpDueAt) ? RecycleRule.NO_DEAL : RecycleRule.NO_FOLLOW_UP;
    }

    public Instant dueAt() {
        return rule() == RecycleRule.NO_DEAL ? dealDueAt : followUpDueAt;
    }

    /** The reason in the history and the owner-changed event. */
    public String reason() {
        return rule() == RecycleRule.NO_DEAL
                ? "no deal within " + noDealDays + " days"
                : "no follow-up for " + noFollowUpDays + " days";
    }
}
