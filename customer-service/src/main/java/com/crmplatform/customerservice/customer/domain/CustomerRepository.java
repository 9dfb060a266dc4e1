package com.crmplatform.customerservice.customer.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Customers, always within one tenant. */
public interface CustomerRepository {

    void insert(Customer customer);

    /** Inserts many new customers in JDBC batches (a campaign sync). */
    void insertAll(java.util.List<Customer> customers);

    /** Inserts a customer converted from a lead; false (and nothing written) when that lead was converted before. */
    boolean insertIfLeadIsNew(Customer customer);

    /** The customer, deleted or not. */
    Optional<Customer> find(String tenant, UUID id);

    /**
     * When the recycling rules ({@code terms}) take this customer back to the pool: empty when it is not owned,
     * deleted or exempt (a deal, where the rules exempt deals).
     */
    Optional<Instant> recycleDueAt(String tenant, UUID id, RecyclingTerms.Terms terms);

    /** Locks the row for the rest of the transaction. */
    Optional<Customer> findForUpdate(String tenant, UUID id);

    Optional<Customer> findBySourceLead(String tenant, UUID leadId);

    /** A live customer of the tenant with the same normalized name or phone digits, other than {@code exceptId}. */
    Optional<UUID> findDuplicate(String tenant, String normalizedName, String phoneDigits, UUID exceptId);

    PageResponse<Customer> search(
            String tenant,
            CustomerVisibility visibility,
            String callerId,
            CustomerFilter filter,
            PageQuery page,
            Instant now);

    /** Writes details, updated-at and version when the stored version is {@code expectedVersion}. */
    boolean update(Customer customer, int expectedVersion);

    /**
     * Moves a live customer from {@code expectedOwner} (null: the pool) to {@code newOwner} (null: the pool), bumping
     * its version; false when its owner is no longer {@code expectedOwner} (someone else was quicker) or it is deleted.
     * A new ownership period starts: the recycling rules count from {@code now} and the owner has not been warned.
     */
    boolean changeOwner(String tenant, UUID id, String expectedOwner, String newOwner, Instant now);

    /** How many live customers the user owns. */
    long countOwned(String tenant, String ownerId);

    /** The live customers the user owns, locked for the rest of the transaction. */
    java.util.List<Customer> lockOwnedBy(String tenant, String ownerId);

    /** Serializes ownership changes of one user (e.g. claims against the claim limit) until the transaction ends. */
    void lockOwner(String tenant, String ownerId);

    /**
     * Records a follow-up that happened at {@code occurredAt}: when it is the latest, it becomes the customer's last
     * follow-up and {@code nextFollowUpAt} its next one.
     */
    void recordFollowUp(String tenant, UUID id, Instant occurredAt, Instant nextFollowUpAt, Instant now);

    /**
     * Sets or clears {@code deleted_at} (and bumps the version); false when the version moved. Clearing it (a
     * restore) starts the owner's period again, so the recycling rules do not count the time the customer was gone.
     */
    boolean setDeleted(String tenant, UUID id, Instant deletedAt, String by, int expectedVersion, Instant now);
}
