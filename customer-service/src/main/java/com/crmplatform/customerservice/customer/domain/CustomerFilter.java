package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.deal.DealStatus;
import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/**
 * The list filters; every one is optional and they combine with AND, inside the caller's visibility.
 *
 * @param scope {@code MINE} (owned by the caller) or {@code POOL} (unowned)
 * @param noFollowUpForDays customers whose last follow-up (or creation, if none) is older than this many days
 * @param deleted true: only soft-deleted customers (which only an admin sees); false: only live ones
 * @param recycleDueWithinDays owned customers the recycling rules take back into the pool within this many days (0:
 *     already due)
 * @param recyclingTerms the tenant's rules {@code recycleDueWithinDays} is measured with; set by the service, null
 *     when recycling is off (then no customer is due)
 */
public record CustomerFilter(
        Scope scope,
        String ownerId,
        CustomerLevel level,
        String industry,
        LeadSource source,
        UUID campaignId,
        DealStatus dealStatus,
        String tag,
        String keyword,
        Integer noFollowUpForDays,
        boolean deleted,
        Integer recycleDueWithinDays,
        RecyclingTerms.Terms recyclingTerms) {

    public CustomerFilter withRecyclingTerms(RecyclingTerms.Terms terms) {
        return new CustomerFilter(
                scope,
                ownerId,
                level,
                industry,
                source,
                campaignId,
                dealStatus,
                tag,
                keyword,
                noFollowUpForDays,
                deleted,
                recycleDueWithinDays,
                terms);
    }

    public enum Scope {
        MINE,
        POOL
    }
}
