package com.crmplatform.customerservice.pool.domain;

import java.util.List;
import java.util.UUID;

/** The ownership history of customers, within one tenant. */
public interface HistoryRepository {

    void insert(HistoryEntry entry);

    /** Newest first. */
    List<HistoryEntry> of(String tenant, UUID customerId);
}
