package com.crmplatform.billingservice.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The contract read model, always within one tenant. */
public interface KnownContractRepository {

    Optional<KnownContract> find(String tenant, UUID id);

    /** Locks the contract's row for the rest of the transaction: every change of its money takes this lock. */
    Optional<KnownContract> findForUpdate(String tenant, UUID id);

    /** Inserts the contract, or overwrites it unless the stored version is newer than {@code contract}'s. */
    void save(KnownContract contract, Instant changedAt);

    ContractBalance balance(String tenant, UUID id);

    /** Marks the contract fully paid; false when it already was (the caller then publishes nothing). */
    boolean markFullyPaid(String tenant, UUID id, BigDecimal collected, Instant at);
}
