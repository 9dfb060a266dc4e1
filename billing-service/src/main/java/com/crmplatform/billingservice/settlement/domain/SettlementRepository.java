package com.crmplatform.billingservice.settlement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Installments' room and payments' unallocated money, always within one tenant and one contract. */
public interface SettlementRepository {

    List<InstallmentCapacity> capacities(String tenant, UUID contractId);

    /** Live payments with money not allocated yet, oldest first. */
    List<OpenPayment> openPayments(String tenant, UUID contractId);

    /** Which of {@code ids} are live installments of the contract. */
    Set<UUID> liveInstallments(String tenant, UUID contractId, Collection<UUID> ids);

    void insert(String tenant, List<Allocation> allocations, Instant at);
}
