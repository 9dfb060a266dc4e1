package com.crmplatform.leadservice.campaign.domain;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The campaign members the tenant has taken in, and the leads a member may be linked to. */
public interface IntakeRepository {

    /** The stored result (CREATED or LINKED) of each of these members already taken in, by member id. */
    Map<UUID, MemberIntakeResult> findTaken(String tenant, Collection<UUID> memberIds);

    /**
     * The oldest lead of the tenant, not invalid, with each of these normalized phones ({@code "p:" + phone}) and
     * e-mails ({@code "e:" + email}): one query for a whole batch.
     */
    Map<String, ContactMatch> findContacts(String tenant, List<String> phones, List<String> emails);

    /**
     * Claims the members for these results ({@code INSERT … ON CONFLICT DO NOTHING}); returns the members claimed
     * now. A member another transaction claimed first is not among them.
     */
    Set<UUID> claim(String tenant, List<MemberIntakeResult> results, String takenBy, Instant takenAt);

    /** A lead a member's contact matches. */
    record ContactMatch(UUID leadId, Instant createdAt) {}
}
