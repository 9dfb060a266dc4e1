package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.util.UUID;

/**
 * The list filters; every one is optional and they combine with AND, inside the caller's visibility.
 *
 * @param scope {@code MINE} (owned by the caller) or {@code POOL} (unowned)
 * @param noFollowUpForDays customers whose last follow-up (or creation, if none) is older than this many days
 * @param deleted true: only soft-deleted customers (which only an admin sees); false: only live ones
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
        boolean deleted) {

    public enum Scope {
        MINE,
        POOL
    }
}
