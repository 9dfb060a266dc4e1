package com.crmplatform.leadservice.pool.domain;

import java.util.List;
import java.util.UUID;

/** The ownership history of leads, within one tenant. */
public interface LeadHistoryRepository {

    void insert(OwnershipChange change);

    /** Many entries with batched inserts (an import's automatic assignments). */
    void insertAll(List<OwnershipChange> changes);

    /** A lead's history, oldest first. */
    List<OwnershipChange> of(String tenant, UUID leadId);
}
