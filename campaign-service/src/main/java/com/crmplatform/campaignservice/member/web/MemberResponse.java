package com.crmplatform.campaignservice.member.web;

import com.crmplatform.campaignservice.member.domain.Member;
import com.crmplatform.campaignservice.member.domain.MemberOrigin;
import com.crmplatform.campaignservice.member.domain.SyncStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign member.
 *
 * @param answers by form field key: text, numbers, lists of options, booleans (consent)
 * @param submissions how many times the person submitted or was entered
 * @param submittedAt the first submission
 * @param updatedAt the latest submission
 */
record MemberResponse(
        UUID id,
        UUID campaignId,
        Map<String, Object> answers,
        MemberOrigin origin,
        SyncStatus syncStatus,
        String syncError,
        UUID leadId,
        UUID customerId,
        int formVersion,
        int submissions,
        Instant submittedAt,
        Instant updatedAt,
        Instant syncedAt,
        String createdBy) {

    static MemberResponse from(Member member) {
        return new MemberResponse(
                member.id(),
                member.campaignId(),
                member.answers(),
                member.origin(),
                member.syncStatus(),
                member.syncError(),
                member.leadId(),
                member.customerId(),
                member.formVersion(),
                member.submissions(),
                member.submittedAt(),
                member.updatedAt(),
                member.syncedAt(),
                member.createdBy());
    }
}
