package com.crmplatform.campaignservice.member.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A person who signed up for a campaign, once per campaign: a later submission with the same phone or e-mail updates
 * this member ({@link #resubmitted}) instead of adding one.
 *
 * @param answers by form field key, as {@link AnswerCheck} stores them
 * @param phone normalized phone (the duplicate key), or null
 * @param email normalized e-mail (the duplicate key), or null
 * @param submissions how many times the person submitted (or was entered)
 * @param createdBy who entered the member offline, null for a public submission
 */
public record Member(
        UUID id,
        String tenant,
        UUID campaignId,
        int formVersion,
        MemberOrigin origin,
        Map<String, Object> answers,
        String name,
        String phone,
        String email,
        int submissions,
        SyncStatus syncStatus,
        String syncError,
        UUID leadId,
        UUID customerId,
        Instant syncedAt,
        String createdBy,
        Instant submittedAt,
        Instant updatedAt,
        int version) {

    public Member {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    static Member capture(
            String tenant, UUID campaignId, AnswerCheck check, MemberOrigin origin, String createdBy, Instant now) {
        return new Member(
                UUID.randomUUID(),
                tenant,
                campaignId,
                check.formVersion(),
                origin,
                check.answers(),
                check.name(),
                check.phone(),
                check.email(),
                1,
                SyncStatus.PENDING,
                null,
                null,
                null,
                null,
                createdBy,
                now,
                now,
                0);
    }

    /**
     * The same person submitted again: the new answers overlay the earlier ones (a key left out keeps its earlier
     * answer), the form version is the new one, and a phone or e-mail the member did not have yet is taken when no
     * other member of the campaign has it ({@code phoneFree}, {@code emailFree}). Sync state, lead and customer stay:
     * a synced member stays linked.
     */
    Member resubmitted(AnswerCheck check, boolean phoneFree, boolean emailFree, Instant now) {
        Map<String, Object> merged = new LinkedHashMap<>(answers);
        merged.putAll(check.answers());
        return new Member(
                id,
                tenant,
                campaignId,
                check.formVersion(),
                origin,
                merged,
                check.name() != null ? check.name() : name,
                phone == null && phoneFree ? check.phone() : phone,
                email == null && emailFree ? check.email() : email,
                submissions + 1,
                syncStatus,
                syncError,
                leadId,
                customerId,
                syncedAt,
                createdBy,
                submittedAt,
                now,
                version + 1);
    }
}
