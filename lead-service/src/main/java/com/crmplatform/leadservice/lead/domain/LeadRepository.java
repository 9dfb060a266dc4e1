package com.crmplatform.leadservice.lead.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leads, always within one tenant. */
public interface LeadRepository {

    void insert(Lead lead);

    /** Inserts many leads in batches (an import). */
    void insertAll(List<Lead> leads);

    Optional<Lead> find(String tenant, UUID id);

    /** Locks the lead's row until the transaction ends, and returns it. */
    Optional<Lead> lock(String tenant, UUID id);

    /**
     * Writes {@code lead} over the stored row if that row still has {@code expectedVersion}; false when someone
     * else changed it first (nothing is written then).
     */
    boolean update(Lead lead, int expectedVersion);

    PageResponse<Lead> search(String tenant, LeadVisibility visibility, LeadFilter filter, PageQuery page);

    /**
     * Serializes, until the transaction ends, every writer that checks for duplicates of this phone or email in
     * this tenant, so two concurrent creates of one person cannot both pass the check.
     */
    void lockContact(String tenant, String normalizedPhone, String normalizedEmail);

    /** A lead of the tenant, other than {@code exceptId}, with this normalized phone or email. */
    Optional<UUID> findDuplicate(String tenant, String normalizedPhone, String normalizedEmail, UUID exceptId);

    /** Takes, until the transaction ends, the tenant-wide duplicate lock (an import checks many contacts). */
    void lockAllContacts(String tenant);

    /** The leads among the given normalized phones and emails: key "p:" + phone or "e:" + email → lead id. */
    Map<String, UUID> findDuplicates(String tenant, List<String> phones, List<String> emails);

    /**
     * Locks (skipping rows locked by others) up to {@code limit} owned open leads whose owner has held them since
     * before {@code cutoff} without a follow-up since then: of {@code onlyTenant}, or (when it is null) of every
     * tenant but {@code exceptTenants}. For the recycling job.
     */
    List<Lead> lockRecyclable(Instant cutoff, String onlyTenant, Collection<String> exceptTenants, int limit);

    /** How many open (NEW, ASSIGNED, FOLLOWING) leads the user owns. */
    int countOpenOwnedBy(String tenant, String ownerId);

    /** Serializes, until the transaction ends, everything that changes what this salesperson owns. */
    void lockOwner(String tenant, String ownerId);
}
