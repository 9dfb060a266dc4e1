package com.crmplatform.dealservice.customer.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The customer read model, always within one tenant. */
public interface KnownCustomerRepository {

    Optional<KnownCustomer> find(String tenant, UUID id);

    /** Inserts the customer, or overwrites it when a replayed or late event arrives for a known one. */
    void save(KnownCustomer customer, Instant at);

    void rename(String tenant, UUID id, String name, Instant at);

    void changeOwner(String tenant, UUID id, String ownerId, Instant at);

    void markDeleted(String tenant, UUID id, boolean deleted, Instant at);

    void saveContact(String tenant, UUID id, UUID customerId, String name, boolean deleted);

    /** Which of {@code contactIds} are live contacts of the customer. */
    Set<UUID> contactsOf(String tenant, UUID customerId, Collection<UUID> contactIds);
}
