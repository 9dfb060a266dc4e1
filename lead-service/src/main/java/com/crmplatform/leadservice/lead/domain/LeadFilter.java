package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.lead.LeadSource;
import java.time.Instant;
import java.util.UUID;

/**
 * Optional list filters, all combined with AND inside the caller's data scope.
 *
 * @param channel the code of one of the tenant's source channels
 * @param scope {@code POOL} (no owner) or {@code MINE} (owned by the caller), or null
 * @param createdFrom inclusive
 * @param createdTo exclusive
 * @param keyword matched, case-insensitively, against name, company, phone and email
 * @param callerId who {@code MINE} means (set by the service from the caller)
 */
public record LeadFilter(
        LeadStatus status,
        LeadSource source,
        String channel,
        UUID campaignId,
        String ownerId,
        Scope scope,
        Instant createdFrom,
        Instant createdTo,
        String keyword,
        String callerId) {

    public static final LeadFilter NONE = new LeadFilter(null, null, null, null, null, null, null, null, null, null);

    public LeadFilter forCaller(String id) {
        return new LeadFilter(status, source, channel, campaignId, ownerId, scope, createdFrom, createdTo, keyword, id);
    }

    public enum Scope {
        POOL,
        MINE
    }
}
