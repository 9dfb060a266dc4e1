package com.crmplatform.customerservice.campaign.domain;

import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The campaign members the tenant has taken in, and the customers a member may be linked to. */
public interface IntakeRepository {

    /** Takes, until the transaction ends, the tenant's intake lock: one intake of the tenant at a time. */
    void lockTenant(String tenant);

    /** The stored result (CREATED or LINKED) of each of these members already taken in, by member id. */
    Map<UUID, MemberIntakeResult> findTaken(String tenant, Collection<UUID> memberIds);

    /**
     * The oldest live customer of the tenant with each of these phones (digits only; the customer's phone or one of
     * its contacts', key {@code "p:" + digits}), e-mails (a contact's, lower case, key {@code "e:" + email}) and
     * organization names (normalized, key {@code "n:" + name}): one query for a whole batch.
     */
    Map<String, CustomerMatch> findMatches(String tenant, List<String> phones, List<String> emails, List<String> names);

    /**
     * Claims the members for these results ({@code INSERT … ON CONFLICT DO NOTHING}); returns the members claimed
     * now. A member another transaction claimed first is not among them.
     */
    Set<UUID> claim(String tenant, List<MemberIntakeResult> results, String takenBy, Instant takenAt);

    /** A customer a member matches. */
    record CustomerMatch(UUID customerId, Instant createdAt) {}
}
